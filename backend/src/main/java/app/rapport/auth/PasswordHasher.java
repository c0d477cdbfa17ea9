package app.rapport.auth;

import app.rapport.common.RapportConfig;
import io.quarkus.elytron.security.common.BcryptUtil;
import jakarta.enterprise.context.ApplicationScoped;

/** bcrypt hashing of passwords; the work factor is configurable (lowered in tests only). */
@ApplicationScoped
public class PasswordHasher {

    /** A valid hash of a random password, checked when the email is unknown so both paths cost the same. */
    private final String decoy;
    private final int cost;

    public PasswordHasher(RapportConfig config) {
        this.cost = config.auth().bcryptCost();
        this.decoy = BcryptUtil.bcryptHash(java.util.UUID.randomUUID().toString(), cost);
    }

    public String hash(String password) {
        return BcryptUtil.bcryptHash(password, cost);
    }

    public boolean matches(String password, String hash) {
        return BcryptUtil.matches(password, hash);
    }

    /** Spends the same time as a real check, so unknown emails cannot be told apart by timing. */
    public void burn(String password) {
        BcryptUtil.matches(password, decoy);
    }
}
