package app.rapport.profiles;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;

/** Queries on career history. */
@ApplicationScoped
public class PositionRepository implements PanacheRepository<Position> {

    /** Current positions first, then newest first. */
    public List<Position> listForMember(long memberId) {
        return list("memberId = ?1 ORDER BY (CASE WHEN endDate IS NULL THEN 0 ELSE 1 END), startDate DESC, id DESC",
                memberId);
    }

    public Optional<Position> findByIdAndOwner(long id, long memberId) {
        return find("id = ?1 and memberId = ?2", id, memberId).firstResultOptional();
    }

    public long countForMember(long memberId) {
        return count("memberId", memberId);
    }
}
