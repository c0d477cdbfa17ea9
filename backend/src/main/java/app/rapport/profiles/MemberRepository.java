package app.rapport.profiles;

import app.rapport.common.SqlRows;
import app.rapport.network.NetworkRows;
import app.rapport.privacy.BlockRule;
import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** Queries on members. */
@ApplicationScoped
public class MemberRepository implements PanacheRepository<Member> {

    private final SqlRows sql;

    public MemberRepository(SqlRows sql) {
        this.sql = sql;
    }

    /**
     * A member by handle (any case) as {@code :me} may reach them: none when either blocked the
     * other, the same answer as for a handle nobody has. One statement (read by the benchmark's SqlDump too).
     */
    public static final String ID_BY_HANDLE = "SELECT m.id FROM members m WHERE lower(m.handle) = :handle AND "
            + BlockRule.neitherBlocked("m.id");

    /** The id of the member with this handle, unless they and {@code viewer} blocked each other (see ID_BY_HANDLE). */
    public Optional<Long> idByHandle(String handle, long viewer) {
        List<Object[]> rows = sql.list(ID_BY_HANDLE, Map.of("handle", handle.toLowerCase(Locale.ROOT), "me", viewer));
        return rows.isEmpty() ? Optional.empty() : Optional.of(((Number) rows.get(0)[0]).longValue());
    }

    /** Summaries of these members (columns of ProfileSummary), without loading entities; one array parameter. */
    public List<Object[]> summaryRows(java.util.Collection<Long> ids) {
        return sql.list("""
                SELECT id, handle, display_name, headline, current_title, current_company, location
                FROM members WHERE id = ANY(:ids)""", Map.of("ids", ids.toArray(Long[]::new)));
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
    /**
     * Members whose name, handle, headline or company contain every word of {@code query}, most
     * relevant first: the name starting with the query (0), every word in the name (1), the handle
     * starting with the query (2), then the rest (3: headline or company). Within a rank by name.
     * Columns: {@link NetworkRows#COLUMNS}, then the rank (10). Keyset after (rank, lower name, id).
     */
    public List<Object[]> search(long viewerId, String query, Integer afterRank, String afterName, Long afterId, int limit) {
        List<String> words = Arrays.stream(query.toLowerCase(Locale.ROOT).trim().split("\\s+"))
                .filter(w -> !w.isEmpty()).limit(8).toList();
        StringBuilder nameHasAll = new StringBuilder("true");
        for (int i = 0; i < words.size(); i++) {
            nameHasAll.append(" AND lower(m.display_name) LIKE :w").append(i).append(" ESCAPE '\\'");
        }
        String rank = """
                (CASE WHEN lower(m.display_name) LIKE :prefix ESCAPE '\\' THEN 0 WHEN %s THEN 1
                      WHEN lower(m.handle) LIKE :handlePrefix ESCAPE '\\' THEN 2 ELSE 3 END)""".formatted(nameHasAll);
        StringBuilder sql = new StringBuilder("SELECT " + NetworkRows.COLUMNS + ", " + rank + """
                 AS rank
                FROM members m
                WHERE """ + BlockRule.neitherBlocked("m.id"));
        for (int i = 0; i < words.size(); i++) {
            sql.append(" AND lower(m.display_name || ' ' || m.handle || ' ' || coalesce(m.headline, '') || ' ' ")
               .append("|| coalesce(m.current_company, '')) LIKE :w").append(i).append(" ESCAPE '\\'");
        }
        if (afterId != null) {
            sql.append(" AND (").append(rank).append(", lower(m.display_name), m.id) > (:afterRank, :afterName, :afterId)");
        }
        sql.append(" ORDER BY rank, lower(m.display_name), m.id LIMIT :limit");
        var q = getEntityManager().createNativeQuery(sql.toString());
        q.setParameter("me", viewerId);
        for (int i = 0; i < words.size(); i++) {
            q.setParameter("w" + i, "%" + escapeLike(words.get(i)) + "%");
        }
        String whole = String.join(" ", words);
        q.setParameter("prefix", escapeLike(whole) + "%");
        q.setParameter("handlePrefix", escapeLike(whole.replace(" ", "")) + "%");
        if (afterId != null) {
            q.setParameter("afterRank", afterRank);
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
