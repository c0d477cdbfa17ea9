package app.rapport.profiles;

/**
 * Event: what others may know a member by changed — they joined (sign-up), or changed their
 * name, current company or a company of their career history. Fired inside that transaction,
 * after the change is flushed; the imports feature matches them against contacts files
 * waiting for them.
 */
public record MemberIdentityChanged(long memberId, String email, String displayName, boolean joined) {
}
