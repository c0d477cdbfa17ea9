package app.rapport.common;

/**
 * Checks one use of a log-in session token (the session must still be live); implemented by the
 * auth feature, called by {@link CurrentMember} before a resource acts for the member.
 */
public interface SessionCheck {

    void check(long memberId, long sessionId);
}
