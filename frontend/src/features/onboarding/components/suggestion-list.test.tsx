import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { aSummary } from '@/testing/data';
import { fakeApi, json } from '@/testing/fake-api';
import { renderWithProviders, signIn } from '@/testing/render';
import { SuggestionList } from './suggestion-list';

describe('SuggestionList', () => {
  it('shows why each person is suggested and offers Follow, never Connect; the row stays after following', async () => {
    signIn();
    const grace = aSummary({ id: 4, handle: 'grace', displayName: 'Grace Hopper' });
    const api = fakeApi()
      .on(
        'GET /api/me/follow-suggestions',
        json(200, {
          items: [
            {
              member: grace,
              followerCount: 1204,
              mutualConnectionCount: 0,
              reasons: [
                { kind: 'SAME_COMPANY', text: 'Works at Acme' },
                { kind: 'SAME_LOCATION', text: 'Also in Lisbon' },
              ],
            },
          ],
        }),
      )
      .on('PUT /api/me/following/{memberId}', json(200, { memberId: 4, following: true, followsMe: false, connected: false }))
      .on('GET /api/me/onboarding', json(200, { profileStrength: 25, steps: [], followingCount: 1 }))
      .on('GET /api/me', json(200, {}));
    const { user } = renderWithProviders(<SuggestionList />);

    const row = (await screen.findByRole('list', { name: 'People to follow' })).querySelector('li')!;
    expect(within(row).getByText('Works at Acme · Also in Lisbon')).toBeInTheDocument();
    expect(within(row).queryByRole('button', { name: /Connect/ })).toBeNull();
    await user.click(within(row).getByRole('button', { name: 'Follow Grace Hopper' }));
    expect(await within(row).findByRole('button', { name: 'Following Grace Hopper' })).toHaveAttribute('aria-pressed', 'true');
    expect(api.callsTo('PUT /api/me/following/4')).toHaveLength(1);
    expect(api.callsTo('GET /api/me/follow-suggestions')).toHaveLength(1);
  });
});
