package app.rapport.common;

/**
 * Checks one use of a personal access token (revocation, scopes); implemented by the auth
 * feature, called by {@link CurrentMember} before a resource acts for the member.
 */
public interface CredentialCheck {

    void authorize(long memberId, long tokenId, String method, String path);
}
