import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { aMe, aNetworkMember, aProfile } from '@/testing/data';
import { fakeApi, json } from '@/testing/fake-api';
import { renderApp, signIn } from '@/testing/render';

const dana = (overrides = {}) =>
  aProfile({
    id: 2,
    handle: 'dana',
    displayName: 'Dana Reyes',
    degree: 'FIRST',
    connectionState: 'CONNECTED',
    connectionCount: 3,
    followerCount: 1200,
    followingCount: 40,
    ...overrides,
  });

describe("another member's network", () => {
  it('links the counts of a profile whose lists you may see, and opens the connections list', async () => {
    signIn();
    fakeApi()
      .on('GET /api/me', json(200, aMe()))
      .on('GET /api/profiles/{handle}', json(200, dana()))
      .on('GET /api/profiles/{handle}/posts', json(200, { items: [] }))
      .on('GET /api/members/{memberId}/contact', json(404, {}))
      .on('GET /api/tags', json(200, { items: [] }))
      .on(
        'GET /api/profiles/{handle}/connections',
        json(200, { items: [aNetworkMember({ id: 7, handle: 'grace', displayName: 'Grace Hopper' })], nextCursor: null }),
      );
    const { user, router } = renderApp('/in/dana');

    await screen.findByRole('heading', { level: 1, name: 'Dana Reyes' });
    expect(screen.getByRole('link', { name: '1,200 followers' })).toHaveAttribute('href', '/in/dana/followers');
    expect(screen.getByRole('link', { name: '40 following' })).toHaveAttribute('href', '/in/dana/following');
    await user.click(screen.getByRole('link', { name: '3 connections' }));

    expect(router.state.location.pathname).toBe('/in/dana/connections');
    expect(await screen.findByRole('link', { name: 'Grace Hopper' })).toBeInTheDocument();
    const tabs = screen.getByRole('navigation', { name: "Dana Reyes's network" });
    expect(within(tabs).getByRole('link', { name: 'Connections 3' })).toHaveClass('tabs__tab--active');
    expect(within(tabs).getByRole('link', { name: 'Followers 1,200' })).toHaveAttribute('href', '/in/dana/followers');
    expect(screen.getByRole('link', { name: 'Back to profile' })).toHaveAttribute('href', '/in/dana');
  });

  it('shows the counts as plain text, with the reason, when the member hides their lists', async () => {
    signIn();
    fakeApi()
      .on('GET /api/me', json(200, aMe()))
      .on(
        'GET /api/profiles/{handle}',
        json(200, dana({ degree: 'THIRD_PLUS', connectionState: 'NONE', networkVisibility: 'CONNECTIONS', networkListsVisible: false })),
      )
      .on('GET /api/profiles/{handle}/posts', json(200, { items: [] }))
      .on('GET /api/tags', json(200, { items: [] }));
    renderApp('/in/dana');

    await screen.findByRole('heading', { level: 1, name: 'Dana Reyes' });
    expect(screen.getByText('3 connections')).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: '3 connections' })).not.toBeInTheDocument();
    expect(screen.queryByRole('link', { name: '1,200 followers' })).not.toBeInTheDocument();
    expect(screen.getByText('Dana shows their connections and followers only to their connections.')).toBeInTheDocument();
  });

  it('says so when the member keeps their lists to themselves', async () => {
    signIn();
    fakeApi()
      .on('GET /api/me', json(200, aMe()))
      .on('GET /api/profiles/{handle}', json(200, dana({ networkVisibility: 'ONLY_ME', networkListsVisible: false })))
      .on('GET /api/profiles/{handle}/posts', json(200, { items: [] }))
      .on('GET /api/members/{memberId}/contact', json(404, {}))
      .on('GET /api/tags', json(200, { items: [] }));
    renderApp('/in/dana');

    expect(await screen.findByText('Dana keeps their connections and followers private.')).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: '40 following' })).not.toBeInTheDocument();
  });

  it('answers an unknown list with the not-found page', async () => {
    signIn();
    fakeApi().on('GET /api/me', json(200, aMe())).on('GET /api/profiles/{handle}', json(200, dana()));
    renderApp('/in/dana/likes');
    expect(await screen.findByRole('heading', { name: 'Page not found' })).toBeInTheDocument();
  });
});
