import { Button } from '@/components/ui/button';
import { Card } from '@/components/ui/card';
import { useUnreadNotificationCount } from '@/features/notifications/api/get-unread-notification-count';
import { useMarkAllNotificationsRead } from '@/features/notifications/api/mark-all-notifications-read';
import { FollowButton } from '@/features/network/components/follow-button';
import type { Notification } from '@/features/notifications/api/types';
import { NotificationList } from '@/features/notifications/components/notification-list';
import { NotificationSettingsForm } from '@/features/notifications/components/notification-settings-form';
import { errorMessage } from '@/lib/problem';

/** Someone from my imported contacts joined: following them is the one click it asks for. */
function notificationActions(notification: Notification) {
  const joined = notification.kind === 'IMPORTED_CONTACT_JOINED' ? notification.actors[0] : undefined;
  return joined ? <FollowButton memberId={joined.id} displayName={joined.displayName} /> : null;
}

/** /notifications: what happened while I was away, grouped and live, and which kinds I want. */
export function NotificationsRoute() {
  const unread = useUnreadNotificationCount().data?.unreadCount ?? 0;
  const markAll = useMarkAllNotificationsRead();
  return (
    <div className="stack">
      <title>Notifications · Rapport</title>
      <div className="page-title">
        <h1 className="page-title__text">Notifications</h1>
        <Button
          variant="secondary"
          size="sm"
          disabled={unread === 0}
          isLoading={markAll.isPending}
          onClick={() => markAll.mutate()}
        >
          Mark all read
        </Button>
      </div>
      {markAll.isError && (
        <p className="follow__error" role="alert">
          {errorMessage(markAll.error)}
        </p>
      )}
      <Card title={unread > 0 ? `${unread} unread` : 'All caught up'} aria-label="Your notifications">
        <NotificationList renderActions={notificationActions} />
      </Card>
      <Card title="Notification settings" aria-label="Notification settings">
        <NotificationSettingsForm />
      </Card>
    </div>
  );
}
