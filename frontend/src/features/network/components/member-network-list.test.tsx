import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { aNetworkMember } from '@/testing/data';
import { fakeApi, json, problem } from '@/testing/fake-api';
import { renderWithProviders, signIn } from '@/testing/render';
import { MemberNetworkList } from './member-network-list';

describe('MemberNetworkList', () => {
  it("shows another member's connections with your relation to each, Follow, and You for yourself", async () => {
    signIn();
    fakeApi().on(
      'GET /api/profiles/{handle}/connections',
      json(200, {
        items: [
          aNetworkMember({ id: 7, handle: 'grace', displayName: 'Grace Hopper' }, { connected: true, following: true, followsMe: true }),
          aNetworkMember({ id: 1, handle: 'me', displayName: 'Me Myself', headline: null }),
          aNetworkMember({ id: 8, handle: 'alan', displayName: 'Alan Turing' }, { followsMe: true }),
        ],
        nextCursor: null,
      }),
    );
    renderWithProviders(<MemberNetworkList handle="dana" displayName="Dana Reyes" kind="connections" myId={1} />);

    const list = await screen.findByRole('list', { name: "Dana's connections" });
    const rows = within(list).getAllByRole('listitem');
    expect(rows).toHaveLength(3);
    expect(within(rows[0]).getByRole('link', { name: 'Grace Hopper' })).toHaveAttribute('href', '/in/grace');
    expect(within(rows[0]).getByText('Your connection')).toBeInTheDocument();
    expect(within(rows[0]).getByRole('button', { name: /Following/ })).toHaveAttribute('aria-pressed', 'true');
    expect(within(rows[1]).getByText('You')).toBeInTheDocument();
    expect(within(rows[1]).queryByRole('button')).not.toBeInTheDocument();
    expect(within(rows[2]).getByText('Follows you')).toBeInTheDocument();
    expect(within(rows[2]).getByRole('button', { name: 'Follow' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Load more' })).not.toBeInTheDocument();
  });

  it('loads the next page with the cursor of the previous one', async () => {
    signIn();
    const api = fakeApi().on('GET /api/profiles/{handle}/followers', ({ url }) =>
      url.searchParams.get('cursor') === 'page-2'
        ? json(200, { items: [aNetworkMember({ id: 9, handle: 'ida', displayName: 'Ida Older' })], nextCursor: null })
        : json(200, { items: [aNetworkMember({ id: 8, handle: 'alan', displayName: 'Alan Newer' })], nextCursor: 'page-2' }),
    );
    const { user } = renderWithProviders(<MemberNetworkList handle="dana" displayName="Dana Reyes" kind="followers" myId={1} />);

    await screen.findByRole('link', { name: 'Alan Newer' });
    await user.click(screen.getByRole('button', { name: 'Load more' }));

    expect(await screen.findByRole('link', { name: 'Ida Older' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Load more' })).not.toBeInTheDocument();
    const calls = api.callsTo('GET /api/profiles/dana/followers');
    expect(calls.map((call) => call.url.searchParams.get('cursor'))).toEqual([null, 'page-2']);
  });

  it("says why when the member hides the list, in the API's words", async () => {
    signIn();
    fakeApi().on(
      'GET /api/profiles/{handle}/following',
      problem(403, {
        code: 'NETWORK_LIST_HIDDEN',
        title: 'Forbidden',
        detail: 'Dana Reyes keeps the members they follow private.',
      }),
    );
    renderWithProviders(<MemberNetworkList handle="dana" displayName="Dana Reyes" kind="following" myId={1} />);

    expect(await screen.findByText('Dana Reyes keeps the members they follow private.')).toBeInTheDocument();
    expect(screen.getByText('You can see how many, not who.')).toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('has an empty state and an error state with a retry', async () => {
    signIn();
    fakeApi().on('GET /api/profiles/{handle}/followers', json(200, { items: [], nextCursor: null }));
    const first = renderWithProviders(<MemberNetworkList handle="dana" displayName="Dana Reyes" kind="followers" />);
    expect(await screen.findByText('Nobody follows Dana yet.')).toBeInTheDocument();
    first.unmount();

    fakeApi().on(
      'GET /api/profiles/{handle}/connections',
      problem(500, { code: 'INTERNAL', title: 'Server error', detail: 'Rapport is having trouble right now.' }),
    );
    renderWithProviders(<MemberNetworkList handle="dana" displayName="Dana Reyes" kind="connections" />);
    const alert = await screen.findByRole('alert', {}, { timeout: 5000 });
    expect(alert).toHaveTextContent("Dana's connections could not be loaded");
    expect(within(alert).getByRole('button', { name: 'Try again' })).toBeInTheDocument();
  });
});
