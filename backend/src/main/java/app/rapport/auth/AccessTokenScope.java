package app.rapport.auth;

/** What a personal access token may do (schema AccessTokenScope). */
public enum AccessTokenScope {
    /** Every GET. */
    READ,
    /** Every change as well. */
    WRITE
}
