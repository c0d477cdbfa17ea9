package app.rapport.imports;

import app.rapport.common.MemberErasure;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

/**
 * A deleted member stops being anyone's match: the importers' rows that pointed at them go
 * back to UNMATCHED (their own imports go with them, by cascade).
 */
@ApplicationScoped
public class ImportErasure implements MemberErasure {

    private final EntityManager em;

    public ImportErasure(EntityManager em) {
        this.em = em;
    }

    @Override
    public void beforeDelete(long memberId) {
        em.createNativeQuery("""
                        UPDATE network_import_rows SET status = 'UNMATCHED', member_id = NULL, match_rule = NULL,
                                                       candidate_count = 0
                        WHERE member_id = :m""").setParameter("m", memberId).executeUpdate();
    }
}
