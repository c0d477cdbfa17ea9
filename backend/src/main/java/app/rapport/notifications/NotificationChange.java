package app.rapport.notifications;

/** How a notification changed, in a live {@code notification} event. */
public enum NotificationChange {
    /** It appeared, or someone joined its group: it is unread and at the top. */
    NEW,
    /** It was read (notification id 0: all of them). */
    READ,
    /** It is gone (its last actor undid what they did, or left; id 0: several, as after a block). */
    REMOVED
}
