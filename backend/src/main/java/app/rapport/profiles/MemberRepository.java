package app.rapport.profiles;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import app.rapport.network.NetworkRows;
import app.rapport.privacy.BlockRule;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Queries on members. */
@ApplicationScoped
public class MemberRepository implements PanacheRepository<Member> {

    /** Summaries of these members (columns of ProfileSummary), without loading entities. */
    @SuppressWarnings("unchecked")
    public List<Object[]> summaryRows(java.util.Collection<Long> ids) {
        return getEntityManager().createNativeQuery("""
                        SELECT id, handle, display_name, headline, current_title, current_company, location
                        FROM members WHERE id IN (:ids)""").setParameter("ids", ids).getResultList();
    }

    public Optional<Member> findByEmail(String email) {
        return find("lower(email) = ?1", email.toLowerCase(Locale.ROOT)).firstResultOptional();
    }

    public Optional<Member> findByHandle(String handle) {
        return find("lower(handle) = ?1", handle.toLowerCase(Locale.ROOT)).firstResultOptional();
    }

    public boolean emailTaken(String email) {
        return count("lower(email) = ?1", email.toLowerCase(Locale.ROOT)) > 0;
    }

    public boolean handleTaken(String handle) {
        return count("lower(handle) = ?1", handle.toLowerCase(Locale.ROOT)) > 0;
    }

    /**
     * Members whose name, handle, headline or company contains every word of the query, in
     * name order, after the (name, id) keyset position when one is given, leaving out members
     * blocked either way, with whether the viewer follows and is connected to each. The
     * trigram index on the concatenated text serves the LIKE filters.
     */
    @SuppressWarnings("unchecked")
    public List<Object[]> search(long viewerId, String query, String afterName, Long afterId, int limit) {
        List<String> words = Arrays.stream(query.toLowerCase(Locale.ROOT).trim().split("\\s+"))
                .filter(w -> !w.isEmpty()).limit(8).toList();
        StringBuilder sql = new StringBuilder("SELECT " + NetworkRows.COLUMNS + """
                FROM members m
                WHERE """ + BlockRule.neitherBlocked("m.id"));
        for (int i = 0; i < words.size(); i++) {
            sql.append(" AND lower(m.display_name || ' ' || m.handle || ' ' || coalesce(m.headline, '') || ' ' ")
               .append("|| coalesce(m.current_company, '')) LIKE :w").append(i).append(" ESCAPE '\\'");
        }
        if (afterId != null) {
            sql.append(" AND (lower(m.display_name), m.id) > (:afterName, :afterId)");
        }
        sql.append(" ORDER BY lower(m.display_name), m.id LIMIT :limit");
        var q = getEntityManager().createNativeQuery(sql.toString());
        q.setParameter("me", viewerId);
        for (int i = 0; i < words.size(); i++) {
            q.setParameter("w" + i, "%" + escapeLike(words.get(i)) + "%");
        }
        if (afterId != null) {
            q.setParameter("afterName", afterName);
            q.setParameter("afterId", afterId);
        }
        q.setParameter("limit", limit);
        return q.getResultList();
    }

    private static String escapeLike(String word) {
        return word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
