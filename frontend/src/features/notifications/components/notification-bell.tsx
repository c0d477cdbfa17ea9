import { NavLink } from 'react-router';
import { Icon } from '@/components/ui/icon';
import { useUnreadNotificationCount } from '../api/get-unread-notification-count';

/** The header's bell: a link to the notifications with the unread count (kept current by the live stream). */
export function NotificationBell({ className }: { className: (state: { isActive: boolean }) => string }) {
  const unread = useUnreadNotificationCount().data?.unreadCount ?? 0;
  const label = unread > 0 ? `Notifications, ${unread} unread` : 'Notifications';
  return (
    <NavLink to="/notifications" className={(state) => `${className(state)} topnav__bell`} aria-label={label}>
      <Icon name="bell" />
      <span className="topnav__bell-label" aria-hidden="true">
        Notifications
      </span>
      {unread > 0 && (
        <span className="topnav__badge" aria-hidden="true" data-testid="bell-count">
          {unread > 99 ? '99+' : unread}
        </span>
      )}
    </NavLink>
  );
}
