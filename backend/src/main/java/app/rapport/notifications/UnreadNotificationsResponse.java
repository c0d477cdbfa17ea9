package app.rapport.notifications;

/** The bell's number (schema UnreadNotificationsResponse), read from a counter. */
public record UnreadNotificationsResponse(int unreadCount) {
}
