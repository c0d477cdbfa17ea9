package app.rapport.notifications;

/** What a notification tells; each kind can be switched off in the settings. */
public enum NotificationKind {
    /** Someone started following me (by their own Follow). */
    NEW_FOLLOWER,
    /** A member accepted my connection request. */
    REQUEST_ACCEPTED,
    /** A request of mine ended with me following its recipient: told only that I now follow. */
    NOW_FOLLOWING,
    POST_LIKED,
    POST_COMMENTED,
    POST_RESHARED,
    /** Someone commented on a post I commented on (not mine). */
    THREAD_COMMENTED,
    /** A member under one of the tags I chose announced a new position or a promotion. */
    CAREER_UPDATE,
    /** Someone of a contacts file I imported, not a member then, joined (or now matches): told once. */
    IMPORTED_CONTACT_JOINED
}
