import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { aTag } from '@/testing/data';
import { fakeApi, json, problem } from '@/testing/fake-api';
import { renderWithProviders, signIn } from '@/testing/render';
import type { NetworkImport } from '../api/types';
import { FollowAllForm } from './follow-all-form';

const anImport: NetworkImport = {
  id: 7,
  fileName: 'Connections.csv',
  format: 'LINKEDIN',
  createdAt: '2026-12-02T10:00:00Z',
  rowCount: 1200,
  matchedCount: 700,
  ambiguousCount: 2,
  unmatchedCount: 498,
  dismissedCount: 0,
  followingCount: 0,
  skippedCount: 0,
  skippedLines: [],
};

describe('FollowAllForm', () => {
  it('calls again while matches remain, tags them all, and links to the tag feed', async () => {
    signIn();
    const tag = aTag({ id: 5, name: 'Imported 2026', memberCount: 700 });
    let call = 0;
    const api = fakeApi().on('POST /api/me/network-imports/{importId}/follow', () =>
      json(200, call++ === 0
        ? { followed: 500, alreadyFollowing: 0, tagged: 500, remaining: 200, tag }
        : { followed: 190, alreadyFollowing: 10, tagged: 200, remaining: 0, tag }),
    );
    const { user } = renderWithProviders(<FollowAllForm networkImport={anImport} />);

    await user.clear(screen.getByLabelText('Tag name'));
    await user.type(screen.getByLabelText('Tag name'), 'Imported 2026');
    await user.click(screen.getByRole('button', { name: 'Follow and tag all 700 matches' }));

    expect(await screen.findByText(/Done: 690 newly followed, 10 you already followed, all under #Imported 2026/)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'See their posts in the #Imported 2026 feed' })).toHaveAttribute('href', '/?tag=5');
    const calls = api.callsTo('POST /api/me/network-imports/7/follow');
    expect(calls).toHaveLength(2);
    expect(calls[1].body).toEqual({ tagName: 'Imported 2026' });
  });

  it('says a stopped run can be carried on', async () => {
    signIn();
    fakeApi().on(
      'POST /api/me/network-imports/{importId}/follow',
      problem(409, { code: 'TOO_MANY_TAGS', detail: 'You can have at most 100 tags; delete one first.' }),
    );
    const { user } = renderWithProviders(<FollowAllForm networkImport={anImport} />);
    await user.click(screen.getByRole('checkbox'));
    await user.click(screen.getByRole('button', { name: 'Follow all 700 matches' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('You can have at most 100 tags; delete one first.');
    expect(screen.getByText(/carries on where it stopped/)).toBeInTheDocument();
  });
});
