import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { aTag } from '@/testing/data';
import { fakeApi, json, noContent } from '@/testing/fake-api';
import { renderWithProviders, signIn } from '@/testing/render';
import { TagMenu } from './tag-menu';

describe('TagMenu', () => {
  it('opens on demand, shows which of my tags are on the person, and toggles one in a click', async () => {
    signIn();
    const clients = aTag({ id: 7, name: 'Clients', memberCount: 1 });
    const friends = aTag({ id: 8, name: 'Close friends', memberCount: 0 });
    let onGrace = [clients];
    const api = fakeApi()
      .on('GET /api/tags', ({ url }) =>
        json(200, { items: url.searchParams.has('memberId') ? onGrace : [clients, friends] }),
      )
      .on('PUT /api/tags/{tagId}/members/{memberId}', () => {
        onGrace = [clients, friends];
        return noContent();
      });
    const { user } = renderWithProviders(<TagMenu memberId={2} displayName="Grace Hopper" />);

    expect(api.calls.filter((call) => call.url.searchParams.has('memberId'))).toHaveLength(0);
    await user.click(screen.getByRole('button', { name: 'Tags: Grace Hopper' }));

    expect(await screen.findByRole('button', { name: '✓ Clients' })).toHaveAttribute('aria-pressed', 'true');
    await user.click(screen.getByRole('button', { name: '+ Close friends' }));

    expect(await screen.findByRole('button', { name: '✓ Close friends' })).toBeInTheDocument();
    expect(api.callsTo('PUT /api/tags/8/members/2')).toHaveLength(1);
  });
});
