import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ProfileActions } from '@/features/network/components/profile-actions';
import { NotificationBell } from '@/features/notifications/components/notification-bell';
import { NotificationList } from '@/features/notifications/components/notification-list';
import { aMe, aProfile, aSummary } from '@/testing/data';
import { fakeApi, json, noContent } from '@/testing/fake-api';
import { renderWithProviders, signIn } from '@/testing/render';

const grace = aSummary({ id: 2, handle: 'grace', displayName: 'Grace Hopper' });
const ana = aSummary({ id: 7, handle: 'ana', displayName: 'Ana Lima' });

function aNotification(id: number, text: string, actors: (typeof grace)[], actorCount = actors.length) {
  return {
    id,
    kind: 'NEW_FOLLOWER' as const,
    text,
    actors,
    actorCount,
    postId: null,
    postExcerpt: null,
    detail: null,
    read: false,
    createdAt: '2026-01-01T10:00:00Z',
    latestAt: '2026-01-01T10:00:00Z',
  };
}

describe('blocking someone', () => {
  it('takes their notifications out of my bell and list at once, then reads the exact state again', async () => {
    signIn();
    let blocked = false;
    let releaseCount: () => void = () => undefined;
    const api = fakeApi()
      .on('GET /api/me/notifications/unread-count', () =>
        blocked
          ? // the server's answer after the block is held back: what the bell shows meanwhile is the client's own patch
            new Promise<Response>((resolve) => (releaseCount = () => resolve(json(200, { unreadCount: 1 }))))
          : json(200, { unreadCount: 2 }),
      )
      .on('GET /api/me/notifications', () =>
        json(200, {
          items: blocked
            ? [aNotification(2, 'Ana Lima started following you.', [ana])]
            : [aNotification(1, 'Grace Hopper started following you.', [grace]), aNotification(2, 'Ana Lima started following you.', [ana])],
        }),
      )
      .on('PUT /api/me/blocks/{id}', () => {
        blocked = true;
        return noContent();
      })
      .on('GET /api/me', json(200, aMe()))
      .on('GET /api/profiles/{handle}', json(200, aProfile({ id: 2, handle: 'grace', displayName: 'Grace Hopper' })));
    const { user } = renderWithProviders(
      <>
        <nav aria-label="Main">
          <NotificationBell className={() => 'topnav__link'} />
        </nav>
        <ProfileActions profile={aProfile({ id: 2, handle: 'grace', displayName: 'Grace Hopper', degree: 'THIRD_PLUS', connectionState: 'NONE' })} />
        <NotificationList />
      </>,
      { path: '/in/grace' },
    );

    const nav = screen.getByRole('navigation', { name: 'Main' });
    expect(await within(nav).findByRole('link', { name: 'Notifications, 2 unread' })).toBeInTheDocument();
    const list = await screen.findByRole('list', { name: 'Notifications' });
    expect(within(list).getByText('Grace Hopper started following you.')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'More actions for Grace Hopper' }));
    await user.click(screen.getByRole('button', { name: /Block Grace/ }));
    await user.click(screen.getByRole('button', { name: 'Block' }));

    // at once: the count and the list, with the server's count still on its way
    expect(await within(nav).findByRole('link', { name: 'Notifications, 1 unread' })).toBeInTheDocument();
    await waitFor(() => expect(within(list).queryByText('Grace Hopper started following you.')).not.toBeInTheDocument());
    expect(within(list).getByText('Ana Lima started following you.')).toBeInTheDocument();
    releaseCount();
    await waitFor(() => expect(api.callsTo('GET /api/me/notifications/unread-count').length).toBeGreaterThanOrEqual(2));
    expect(within(nav).getByRole('link', { name: 'Notifications, 1 unread' })).toBeInTheDocument();
  });
});
