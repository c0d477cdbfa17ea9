package app.rapport.privacy;

/**
 * Who may see a member's connections, followers and the members they follow (schema
 * NetworkVisibility). The member always sees their own; a block either way hides them whatever
 * the choice.
 */
public enum NetworkVisibility {
    /** Nobody but the member. */
    ONLY_ME,
    /** The member's connections (the default, as on LinkedIn). */
    CONNECTIONS,
    /** Every signed-in member. */
    MEMBERS;

    /** Without a choice of the member's. */
    public static final NetworkVisibility DEFAULT = CONNECTIONS;
}
