import { notificationListKey, notificationsRootKey, notificationUnreadKey } from '@/lib/live-cache';

/** Query keys of notifications; the live stream writes the unread count and invalidates the list. */
export const notificationKeys = {
  all: notificationsRootKey,
  list: notificationListKey,
  unread: notificationUnreadKey,
  settings: [...notificationsRootKey, 'settings'] as const,
};

export const NOTIFICATION_PAGE_SIZE = 20;
