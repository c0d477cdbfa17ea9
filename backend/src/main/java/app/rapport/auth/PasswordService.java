package app.rapport.auth;

import app.rapport.common.Problem;
import app.rapport.common.ProblemException;
import app.rapport.profiles.Member;
import app.rapport.profiles.MemberRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;

/** The signed-in member's password: checking it again, and changing it. */
@ApplicationScoped
public class PasswordService {

    private final MemberRepository members;
    private final PasswordHasher passwords;
    private final SessionService sessions;
    private final AccessTokenRepository tokens;

    public PasswordService(MemberRepository members, PasswordHasher passwords, SessionService sessions,
                           AccessTokenRepository tokens) {
        this.members = members;
        this.passwords = passwords;
        this.sessions = sessions;
        this.tokens = tokens;
    }

    /** Checks the password and stamps this session, which may then create access tokens for a while. */
    @Transactional
    public void reauthenticate(long meId, long sessionId, PasswordCheckRequest request) {
        verify(meId, request.password(), "password");
        sessions.passwordChecked(meId, sessionId);
    }

    /**
     * Changes the password after checking the current one. Unless asked to keep them, every other
     * session ends and every access token is revoked, in the same transaction.
     */
    @Transactional
    public void change(long meId, long sessionId, ChangePasswordRequest request) {
        Member m = verify(meId, request.currentPassword(), "currentPassword");
        m.passwordHash = passwords.hash(request.newPassword());
        m.updatedAt = Instant.now();
        sessions.passwordChecked(meId, sessionId);
        if (!Boolean.TRUE.equals(request.keepOtherSessions())) {
            sessions.endOthers(meId, sessionId);
        }
        if (!Boolean.TRUE.equals(request.keepAccessTokens())) {
            tokens.revokeAll(meId, Instant.now());
        }
    }

    /**
     * The member, when {@code password} is theirs; otherwise 403 WRONG_PASSWORD naming the field.
     * Locks the member row, so two checks of one account run one after the other.
     */
    @Transactional
    public Member verify(long meId, String password, String field) {
        Member m = members.findByIdOptional(meId, jakarta.persistence.LockModeType.PESSIMISTIC_WRITE)
                .orElseThrow(() -> ProblemException.unauthorized("Sign in first."));
        if (!passwords.matches(password, m.passwordHash)) {
            throw new ProblemException(403, "Forbidden", "WRONG_PASSWORD", "The password is wrong.",
                    List.of(new Problem.FieldError(field, "is not your current password")));
        }
        return m;
    }
}
