import { act, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { aMe, aSummary, someCounts } from '@/testing/data';
import { FakeEventSource, installFakeEventSource } from '@/testing/fake-event-source';
import { fakeApi, json } from '@/testing/fake-api';
import { renderApp, signIn } from '@/testing/render';

function aNotification(overrides: Record<string, unknown> = {}) {
  return {
    id: 1,
    kind: 'POST_LIKED',
    text: 'Ana Lima and 3 others liked your post.',
    actors: [aSummary({ id: 7, displayName: 'Ana Lima', handle: 'ana' })],
    actorCount: 4,
    postId: 5,
    postExcerpt: 'Shipping the ledger rewrite today.',
    detail: null,
    read: false,
    createdAt: '2026-01-01T10:00:00Z',
    latestAt: '2026-01-01T10:00:00Z',
    ...overrides,
  };
}

describe('notifications', () => {
  beforeEach(() => {
    installFakeEventSource();
  });
  afterEach(() => vi.unstubAllGlobals());

  it('shows the grouped list, counts unread in the bell, marks one read, and follows the live stream', async () => {
    signIn();
    let items = [aNotification()];
    let unread = 1;
    const api = fakeApi()
      .on('GET /api/me', json(200, aMe()))
      .on('POST /api/me/event-tickets', json(201, { ticket: 't1', expiresAt: '2030-01-01T00:00:00Z' }))
      .on('GET /api/inbox/counts', json(200, someCounts()))
      .on('GET /api/me/notifications/unread-count', () => json(200, { unreadCount: unread }))
      .on('GET /api/me/notifications', () => json(200, { items }))
      .on('GET /api/me/notification-settings', json(200, { kinds: [{ kind: 'POST_LIKED', enabled: true }], careerTags: [] }))
      .on('GET /api/tags', json(200, { items: [] }))
      .on('POST /api/me/notifications/{id}/read', () => {
        items = items.map((n) => ({ ...n, read: true }));
        unread = 0;
        return json(200, items[0]);
      });
    renderApp('/notifications');

    const list = await screen.findByRole('list', { name: 'Notifications' });
    expect(within(list).getByText('Ana Lima and 3 others liked your post.')).toBeInTheDocument();
    const nav = screen.getByRole('navigation', { name: 'Main' });
    expect(await within(nav).findByRole('link', { name: 'Notifications, 1 unread' })).toBeInTheDocument();

    await act(async () => {
      screen.getByRole('button', { name: 'Mark read: Ana Lima and 3 others liked your post.' }).click();
    });
    await waitFor(() => expect(api.callsTo('POST /api/me/notifications/1/read')).toHaveLength(1));
    expect(await within(nav).findByRole('link', { name: 'Notifications' })).toBeInTheDocument();

    await waitFor(() => expect(FakeEventSource.instances.length).toBe(1));
    const stream = FakeEventSource.latest();
    act(() => stream.open());
    items = [aNotification({ id: 2, kind: 'NEW_FOLLOWER', text: 'Ben Ode started following you.', postId: null, postExcerpt: null }), ...items];
    unread = 1;
    act(() => stream.emit('notification', { notificationId: 2, change: 'NEW', unreadCount: 1 }, '9'));
    expect(await within(nav).findByRole('link', { name: 'Notifications, 1 unread' })).toBeInTheDocument();
    expect(await within(list).findByText('Ben Ode started following you.')).toBeInTheDocument();
  });

  it('says who from my imported contacts joined, with Follow right there', async () => {
    signIn();
    const dana = aSummary({ id: 31, handle: 'dana', displayName: 'Dana Reyes' });
    const api = fakeApi()
      .on('GET /api/me', json(200, aMe()))
      .on('POST /api/me/event-tickets', json(201, { ticket: 't1', expiresAt: '2030-01-01T00:00:00Z' }))
      .on('GET /api/inbox/counts', json(200, someCounts()))
      .on('GET /api/me/notifications/unread-count', json(200, { unreadCount: 1 }))
      .on(
        'GET /api/me/notifications',
        json(200, {
          items: [
            aNotification({
              id: 9,
              kind: 'IMPORTED_CONTACT_JOINED',
              text: 'Dana Reyes, from your imported connections, joined Rapport.',
              actors: [dana],
              actorCount: 1,
              postId: null,
              postExcerpt: null,
            }),
          ],
        }),
      )
      .on('GET /api/me/notification-settings', json(200, { kinds: [{ kind: 'IMPORTED_CONTACT_JOINED', enabled: true }], careerTags: [] }))
      .on('GET /api/tags', json(200, { items: [] }))
      .on('PUT /api/me/following/{id}', json(200, { memberId: 31, following: true, followsMe: false, connected: false }));
    const { user } = renderApp('/notifications');

    const list = await screen.findByRole('list', { name: 'Notifications' });
    const item = within(list).getByRole('listitem');
    expect(within(item).getByRole('link', { name: 'Dana Reyes, from your imported connections, joined Rapport.' })).toHaveAttribute('href', '/in/dana');
    expect(item).toHaveTextContent('Joined');
    await user.click(within(item).getByRole('button', { name: 'Follow' }));
    await waitFor(() => expect(api.callsTo('PUT /api/me/following/31')).toHaveLength(1));
    expect(await within(item).findByRole('button', { name: /Following/ })).toHaveAttribute('aria-pressed', 'true');
    expect(screen.getByText('Someone from the contacts you imported joins Rapport')).toBeInTheDocument();
  });
});
