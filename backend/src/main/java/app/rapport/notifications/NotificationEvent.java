package app.rapport.notifications;

/**
 * {@code event: notification} on the member's live stream (schema NotificationEvent): one of
 * my notifications changed, with my unread count afterwards. Id 0 means many at once.
 */
public record NotificationEvent(long notificationId, NotificationChange change, int unreadCount) {
}
