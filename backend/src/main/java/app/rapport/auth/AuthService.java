package app.rapport.auth;

import app.rapport.common.Problem;
import app.rapport.common.ProblemException;
import app.rapport.common.replica.WriteMarks;
import app.rapport.profiles.Member;
import app.rapport.profiles.MemberIdentityChanged;
import app.rapport.profiles.MemberRepository;
import app.rapport.profiles.ProfileService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

/** Accounts: sign-up and log-in, each opening a log-in session. */
@ApplicationScoped
public class AuthService {

    private final MemberRepository members;
    private final PasswordHasher passwords;
    private final TokenIssuer tokens;
    private final ProfileService profiles;
    private final SessionService sessions;
    private final WriteMarks writeMarks;
    private final Event<MemberIdentityChanged> identityChanges;

    public AuthService(MemberRepository members, PasswordHasher passwords, TokenIssuer tokens,
                       ProfileService profiles, SessionService sessions, WriteMarks writeMarks,
                       Event<MemberIdentityChanged> identityChanges) {
        this.members = members;
        this.passwords = passwords;
        this.tokens = tokens;
        this.profiles = profiles;
        this.sessions = sessions;
        this.writeMarks = writeMarks;
        this.identityChanges = identityChanges;
    }

    @Transactional
    public TokenResponse signUp(SignUpRequest request, ClientInfo client) {
        String email = request.email().trim().toLowerCase(Locale.ROOT);
        if (members.emailTaken(email)) {
            throw new ProblemException(409, "Conflict", "EMAIL_TAKEN",
                    "An account with this email already exists; log in instead.",
                    List.of(new Problem.FieldError("email", "is already registered")));
        }
        if (members.handleTaken(request.handle())) {
            throw new ProblemException(409, "Conflict", "HANDLE_TAKEN",
                    "The handle '" + request.handle() + "' is taken; pick another.",
                    List.of(new Problem.FieldError("handle", "is already taken")));
        }
        Member m = new Member();
        m.email = email;
        m.handle = request.handle();
        m.displayName = request.displayName().trim();
        m.passwordHash = passwords.hash(request.password());
        m.createdAt = Instant.now();
        m.updatedAt = m.createdAt;
        members.persist(m);
        members.flush(); // a concurrent sign-up with the same email/handle fails here, as a 409
        writeMarks.wrote(m.id); // the new member reads as themself from now on, wherever the read runs
        // Contacts files waiting for this person match them now, in this transaction (one indexed statement).
        identityChanges.fire(new MemberIdentityChanged(m.id, m.email, m.displayName, true));
        return openSession(m, client);
    }

    @Transactional
    public TokenResponse logIn(LogInRequest request, ClientInfo client) {
        Member m = members.findByEmail(request.email().trim()).orElse(null);
        if (m == null) {
            passwords.burn(request.password());
            throw badCredentials();
        }
        if (!passwords.matches(request.password(), m.passwordHash)) {
            throw badCredentials();
        }
        return openSession(m, client);
    }

    /** Log-in and sign-up both end here: a new session and its token. */
    private TokenResponse openSession(Member m, ClientInfo client) {
        Session s = sessions.open(m.id, client);
        return new TokenResponse(tokens.issueSession(m.id, m.handle, s.id, s.expiresAt), "Bearer",
                tokens.lifetimeSeconds(), profiles.me(m.id));
    }

    private static ProblemException badCredentials() {
        return new ProblemException(401, "Unauthorized", "BAD_CREDENTIALS", "The email or the password is wrong.");
    }
}
