package app.rapport.auth;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;

/** Queries on personal access tokens. */
@ApplicationScoped
public class AccessTokenRepository implements PanacheRepository<AccessToken> {

    public List<AccessToken> listActive(long memberId) {
        return list("memberId = ?1 and revokedAt is null order by createdAt desc, id desc", memberId);
    }

    public long countActive(long memberId) {
        return count("memberId = ?1 and revokedAt is null", memberId);
    }

    /** Revokes every active token of the member at once (password change); returns how many. */
    public int revokeAll(long memberId, java.time.Instant now) {
        return update("revokedAt = ?1 where memberId = ?2 and revokedAt is null", now, memberId);
    }

    public Optional<AccessToken> findByIdAndOwner(long id, long memberId) {
        return find("id = ?1 and memberId = ?2", id, memberId).firstResultOptional();
    }
}
