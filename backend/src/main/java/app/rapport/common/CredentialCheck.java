package app.rapport.common;

/**
 * Checks the credentials of one request against what its operation needs: that the member
 * still exists and, for a personal access token, that the token is unrevoked and its scopes
 * allow the operation. Implemented by the auth feature, called once per request by
 * {@link CurrentMember}.
 */
public interface CredentialCheck {

    /** What an operation needs, derived from the resource method that was matched. */
    enum Access {
        /** A GET: a log-in session or any personal access token. */
        READ,
        /** Any other method: a log-in session or a token with the WRITE scope. */
        WRITE,
        /** An operation marked {@link SessionOnly}: a log-in session only. */
        SESSION
    }

    /** @param tokenId the personal access token's id, or null for a log-in session */
    void authorize(long memberId, Long tokenId, Access required);
}
