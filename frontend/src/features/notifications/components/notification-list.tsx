import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { Avatar } from '@/components/ui/avatar';
import { Button } from '@/components/ui/button';
import { InfiniteList } from '@/components/ui/infinite-list';
import { EmptyState } from '@/components/ui/empty-state';
import { timeAgo } from '@/lib/format';
import { errorMessage } from '@/lib/problem';
import { useNotifications } from '../api/list-notifications';
import { useMarkNotificationRead } from '../api/mark-notification-read';
import type { Notification, NotificationKind } from '../api/types';

const KIND_MARK: Record<NotificationKind, string> = {
  NEW_FOLLOWER: 'Follower',
  REQUEST_ACCEPTED: 'Connected',
  NOW_FOLLOWING: 'Following',
  POST_LIKED: 'Like',
  POST_COMMENTED: 'Comment',
  POST_RESHARED: 'Reshare',
  THREAD_COMMENTED: 'Conversation',
  CAREER_UPDATE: 'Career',
  IMPORTED_CONTACT_JOINED: 'Joined',
};

type NotificationListProps = {
  /** What can be done from a notification, e.g. Follow the imported contact who joined. */
  renderActions?: (notification: Notification) => ReactNode;
};

function NotificationItem({ notification, renderActions }: { notification: Notification } & NotificationListProps) {
  const actions = renderActions?.(notification);
  const markRead = useMarkNotificationRead();
  const first = notification.actors[0];
  // The newest actor's profile: who did it is what a member wants to look at next.
  const to = first ? `/in/${first.handle}` : null;
  return (
    <li className={`notification${notification.read ? '' : ' notification--unread'}`}>
      <div className="notification__avatars" aria-hidden="true">
        {notification.actors.slice(0, 2).map((a) => (
          <Avatar key={a.id} name={a.displayName} seed={a.handle} size="sm" />
        ))}
      </div>
      <div className="notification__body">
        <p className="notification__text">
          {!notification.read && <span className="visually-hidden">Unread: </span>}
          {to ? <Link to={to}>{notification.text}</Link> : notification.text}
        </p>
        {notification.postExcerpt && <p className="notification__excerpt">“{notification.postExcerpt}”</p>}
        <p className="notification__meta">
          <span className="notification__kind">{KIND_MARK[notification.kind]}</span>
          <span aria-hidden="true"> · </span>
          <time dateTime={notification.latestAt}>{timeAgo(notification.latestAt)}</time>
        </p>
        {actions && <div className="notification__actions">{actions}</div>}
        {markRead.isError && (
          <p className="follow__error" role="alert">
            {errorMessage(markRead.error)}
          </p>
        )}
      </div>
      {!notification.read && (
        <Button
          variant="ghost"
          size="sm"
          isLoading={markRead.isPending}
          aria-label={`Mark read: ${notification.text}`}
          onClick={() => markRead.mutate(notification.id)}
        >
          Mark read
        </Button>
      )}
    </li>
  );
}

/** My notifications, grouped and newest first, with "Load more"; new ones arrive live. */
export function NotificationList({ renderActions }: NotificationListProps = {}) {
  const query = useNotifications();
  return (
    <InfiniteList
      query={query}
      label="Notifications"
      loadingLabel="Loading your notifications…"
      errorTitle="Your notifications could not be loaded"
      empty={
        <EmptyState title="Nothing new yet">
          When someone follows you, accepts your request, or likes, comments on or reshares your post, you will see it
          here.
        </EmptyState>
      }
      renderItem={(n) => <NotificationItem key={n.id} notification={n} renderActions={renderActions} />}
    />
  );
}
