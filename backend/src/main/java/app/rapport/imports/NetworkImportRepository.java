package app.rapport.imports;

import app.rapport.network.NetworkRows;
import app.rapport.privacy.BlockRule;
import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.Query;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.hibernate.Session;

/** Queries on a member's imports and their rows; every one is scoped to the importer. */
@ApplicationScoped
public class NetworkImportRepository implements PanacheRepository<NetworkImport> {

    /** Statuses whose rows are matched again on every read: the person may have joined since. */
    private static final String WAITING = "('UNMATCHED', 'AMBIGUOUS')";

    public Optional<NetworkImport> findByIdAndOwner(long id, long owner) {
        return find("id = ?1 and ownerId = ?2", id, owner).firstResultOptional();
    }

    public long countForOwner(long owner) {
        return count("ownerId", owner);
    }

    public Optional<NetworkImport> findByOwnerAndFile(long owner, String sha256) {
        return find("ownerId = ?1 and fileSha256 = ?2", owner, sha256).firstResultOptional();
    }

    /** Inserts the import; empty when the same owner's same file got in first (a concurrent retry). */
    public Optional<Long> insert(long owner, String sha256, String fileName, ImportFormat format, int rows, int skipped,
                                 Instant at) {
        @SuppressWarnings("unchecked")
        List<Number> created = getEntityManager().createNativeQuery("""
                        INSERT INTO network_imports (owner_id, file_sha256, file_name, format, row_count, skipped_count, created_at)
                        VALUES (:owner, :sha, :name, :format, :rows, :skipped, :at)
                        ON CONFLICT (owner_id, file_sha256) DO NOTHING RETURNING id""")
                .setParameter("owner", owner).setParameter("sha", sha256).setParameter("name", fileName)
                .setParameter("format", format.name()).setParameter("rows", rows).setParameter("skipped", skipped)
                .setParameter("at", at).getResultList();
        return created.stream().findFirst().map(Number::longValue);
    }

    /**
     * The people of a new import in one statement over arrays (one round trip, one plan): a
     * 30,000-row file goes in as fast as the indexes allow.
     */
    public void insertRows(long importId, long owner, List<ImportedPerson> people) {
        getEntityManager().unwrap(Session.class).doWork(connection -> {
            int n = people.size();
            Integer[] lines = new Integer[n];
            String[][] text = new String[6][n];
            Date[] dates = new Date[n];
            for (int i = 0; i < n; i++) {
                ImportedPerson p = people.get(i);
                lines[i] = p.lineNumber();
                text[0][i] = p.firstName();
                text[1][i] = p.lastName();
                text[2][i] = p.profileUrl();
                text[3][i] = p.email();
                text[4][i] = p.company();
                text[5][i] = p.position();
                dates[i] = p.connectedOn() == null ? null : Date.valueOf(p.connectedOn());
            }
            try (PreparedStatement st = connection.prepareStatement("""
                    INSERT INTO network_import_rows (import_id, owner_id, line_number, first_name, last_name,
                        profile_url, email, company, position, connected_on)
                    SELECT ?, ?, r.* FROM unnest(?::int[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[],
                                                 ?::text[], ?::date[]) AS r""")) {
                st.setLong(1, importId);
                st.setLong(2, owner);
                st.setArray(3, connection.createArrayOf("int4", lines));
                for (int c = 0; c < 6; c++) {
                    st.setArray(4 + c, connection.createArrayOf("text", text[c]));
                }
                st.setArray(10, connection.createArrayOf("date", dates));
                st.executeUpdate();
            }
        });
    }

    /**
     * Matches the import's waiting rows to members, set-based: first by email (case-insensitive,
     * one member at most by the unique index), then the rest by name and company (accents,
     * case and punctuation ignored; the company is the member's current one or any in their
     * career history). A name and company shared by several members is AMBIGUOUS, never a
     * guess. Neither the importer nor a member blocked either way with them is ever matched.
     */
    public void match(long importId, long owner) {
        getEntityManager().createNativeQuery("""
                        UPDATE network_import_rows r
                        SET status = 'MATCHED', match_rule = 'EMAIL', member_id = m.id, candidate_count = 1
                        FROM members m
                        WHERE r.import_id = :id AND r.status IN %s AND r.email IS NOT NULL
                          AND lower(m.email) = lower(r.email) AND m.id <> :me AND %s"""
                        .formatted(WAITING, BlockRule.neitherBlocked("m.id")))
                .setParameter("id", importId).setParameter("me", owner).executeUpdate();
        getEntityManager().createNativeQuery("""
                        WITH candidates AS (
                            SELECT r.id AS row_id, count(DISTINCT m.id) AS n, min(m.id) AS member_id
                            FROM network_import_rows r
                            JOIN members m ON match_key(m.display_name)
                                              = match_key(coalesce(r.first_name, '') || ' ' || coalesce(r.last_name, ''))
                            WHERE r.import_id = :id AND r.status IN %s AND r.company IS NOT NULL AND m.id <> :me
                              AND (match_key(m.current_company) = match_key(r.company)
                                   OR EXISTS (SELECT 1 FROM positions p WHERE p.member_id = m.id
                                                AND match_key(p.company) = match_key(r.company)))
                              AND %s
                            GROUP BY r.id)
                        UPDATE network_import_rows r
                        SET status = CASE WHEN c.n = 1 THEN 'MATCHED' ELSE 'AMBIGUOUS' END,
                            match_rule = CASE WHEN c.n = 1 THEN 'NAME_AND_COMPANY' END,
                            member_id = CASE WHEN c.n = 1 THEN c.member_id END,
                            candidate_count = c.n
                        FROM candidates c WHERE r.id = c.row_id"""
                        .formatted(WAITING, BlockRule.neitherBlocked("m.id")))
                .setParameter("id", importId).setParameter("me", owner).executeUpdate();
    }

    /**
     * Matches one member who just joined (or changed their name or company) against every
     * importer's waiting rows, with the rules of {@link #match}, in one statement that reads only
     * through the two "waiting" indexes (email, name key): rows with their email become MATCHED;
     * rows with their name, whose company is theirs, become MATCHED when no other member shares
     * that name and company, else AMBIGUOUS. Nobody blocked either way with the importer is
     * matched. Returns the importers who now have this member as a match (each once).
     */
    public List<Long> matchJoiner(long memberId, String email, String displayName) {
        getEntityManager().flush();
        @SuppressWarnings("unchecked")
        List<Number> owners = getEntityManager().createNativeQuery("""
                        WITH by_email AS (
                            UPDATE network_import_rows r
                            SET status = 'MATCHED', match_rule = 'EMAIL', member_id = :m, candidate_count = 1
                            WHERE r.status IN %1$s AND r.email IS NOT NULL AND lower(r.email) = lower(:email)
                              AND r.owner_id <> :m AND %2$s
                            RETURNING r.id, r.owner_id),
                        candidates AS (
                            SELECT r.id AS row_id, count(DISTINCT m.id) AS n, min(m.id) AS member_id
                            FROM network_import_rows r
                            JOIN members m ON match_key(m.display_name) = match_key(:name)
                            WHERE match_key(coalesce(r.first_name, '') || ' ' || coalesce(r.last_name, '')) = match_key(:name)
                              AND r.status IN %1$s AND r.company IS NOT NULL AND m.id <> r.owner_id
                              AND NOT EXISTS (SELECT 1 FROM by_email e WHERE e.id = r.id)
                              AND (match_key(m.current_company) = match_key(r.company)
                                   OR EXISTS (SELECT 1 FROM positions p WHERE p.member_id = m.id
                                                AND match_key(p.company) = match_key(r.company)))
                              AND %3$s
                            GROUP BY r.id
                            HAVING bool_or(m.id = :m)),
                        by_name AS (
                            UPDATE network_import_rows r
                            SET status = CASE WHEN c.n = 1 THEN 'MATCHED' ELSE 'AMBIGUOUS' END,
                                match_rule = CASE WHEN c.n = 1 THEN 'NAME_AND_COMPANY' END,
                                member_id = CASE WHEN c.n = 1 THEN c.member_id END,
                                candidate_count = c.n
                            FROM candidates c WHERE r.id = c.row_id
                            RETURNING r.owner_id, r.status, r.member_id)
                        SELECT owner_id FROM by_email
                        UNION
                        SELECT owner_id FROM by_name WHERE status = 'MATCHED' AND member_id = :m"""
                        .formatted(WAITING, neitherBlockedWithOwner(":m"), neitherBlockedWithOwner("m.id")))
                .setParameter("m", memberId).setParameter("email", email).setParameter("name", displayName)
                .getResultList();
        return owners.stream().map(Number::longValue).toList();
    }

    /** SQL: neither the row's importer nor {@code member} blocked the other (two primary-key probes). */
    private static String neitherBlockedWithOwner(String member) {
        return ("(NOT EXISTS (SELECT 1 FROM blocks bk WHERE bk.blocker_id = r.owner_id AND bk.blocked_id = %1$s)"
                + " AND NOT EXISTS (SELECT 1 FROM blocks bk WHERE bk.blocker_id = %1$s AND bk.blocked_id = r.owner_id))")
                .formatted(member);
    }

    /** rows per status and how many matched members I follow: MATCHED, AMBIGUOUS, UNMATCHED, DISMISSED, following. */
    public long[] counts(long importId, long owner) {
        Object[] r = (Object[]) getEntityManager().createNativeQuery("""
                        SELECT count(*) FILTER (WHERE r.status = 'MATCHED' AND %s),
                               count(*) FILTER (WHERE r.status = 'AMBIGUOUS'),
                               count(*) FILTER (WHERE r.status = 'UNMATCHED' OR (r.status = 'MATCHED' AND NOT %1$s)),
                               count(*) FILTER (WHERE r.status = 'DISMISSED'),
                               count(*) FILTER (WHERE r.status = 'MATCHED' AND %1$s AND EXISTS (
                                   SELECT 1 FROM follows f WHERE f.follower_id = :me AND f.followee_id = r.member_id))
                        FROM network_import_rows r WHERE r.import_id = :id""".formatted(BlockRule.neitherBlocked("r.member_id")))
                .setParameter("id", importId).setParameter("me", owner).getSingleResult();
        long[] out = new long[r.length];
        for (int i = 0; i < r.length; i++) {
            out[i] = ((Number) r[i]).longValue();
        }
        return out;
    }

    @SuppressWarnings("unchecked")
    public List<NetworkImport> listForOwner(long owner, Instant afterAt, Long afterId, int limit) {
        return find("ownerId = ?1" + (afterId == null ? "" : " and (createdAt < ?2 or (createdAt = ?2 and id < ?3))")
                        + " order by createdAt desc, id desc",
                afterId == null ? new Object[] {owner} : new Object[] {owner, afterAt, afterId})
                .page(0, limit).list();
    }

    /**
     * Rows of an import by line, after {@code afterLine}; the member shown only while neither
     * blocked the other (a blocked match reads as unmatched). Columns: the row (0-11), then
     * NetworkRows.COLUMNS of the member (12-21, null when none).
     */
    @SuppressWarnings("unchecked")
    public List<Object[]> rows(long importId, long owner, String status, Integer afterLine, int limit) {
        String visible = "r.member_id IS NOT NULL AND " + BlockRule.neitherBlocked("r.member_id");
        String statusOf = "CASE WHEN r.status = 'MATCHED' AND NOT (" + visible + ") THEN 'UNMATCHED' ELSE r.status END";
        Query q = getEntityManager().createNativeQuery("""
                        SELECT r.id, r.line_number, r.first_name, r.last_name, r.profile_url, r.email, r.company,
                               r.position, r.connected_on, %1$s AS status,
                               CASE WHEN %2$s THEN r.match_rule END, r.candidate_count, %3$s
                        FROM network_import_rows r
                        LEFT JOIN members m ON m.id = r.member_id AND r.status = 'MATCHED' AND %2$s
                        WHERE r.import_id = :id %4$s %5$s
                        ORDER BY r.line_number LIMIT :limit"""
                        .formatted(statusOf, visible, NetworkRows.COLUMNS,
                                status == null ? "" : "AND " + statusOf + " = :status",
                                afterLine == null ? "" : "AND r.line_number > :after"))
                .setParameter("id", importId).setParameter("me", owner).setParameter("limit", limit);
        if (status != null) {
            q.setParameter("status", status);
        }
        if (afterLine != null) {
            q.setParameter("after", afterLine);
        }
        return q.getResultList();
    }

    /** The row's id and matched member when it is a visible match of this owner's import. */
    public Optional<Long> rowOwned(long importId, long rowId, long owner) {
        @SuppressWarnings("unchecked")
        List<Number> ids = getEntityManager().createNativeQuery("""
                        SELECT r.id FROM network_import_rows r
                        WHERE r.id = :row AND r.import_id = :id AND r.owner_id = :me""")
                .setParameter("row", rowId).setParameter("id", importId).setParameter("me", owner).getResultList();
        return ids.stream().findFirst().map(Number::longValue);
    }

    public void dismiss(long rowId) {
        getEntityManager().createNativeQuery("""
                        UPDATE network_import_rows SET status = 'DISMISSED', member_id = NULL, match_rule = NULL
                        WHERE id = :row""").setParameter("row", rowId).executeUpdate();
    }

    /**
     * (row id, member id, following) of visible matches to act on: the given rows, or else the next
     * {@code limit} matches I do not follow yet (or, with a tag name, not yet under that tag).
     */
    @SuppressWarnings("unchecked")
    public List<Object[]> matchesToFollow(long importId, long owner, List<Long> rowIds, String tagName, int limit) {
        Query q = getEntityManager().createNativeQuery("""
                        SELECT r.id, r.member_id,
                               EXISTS (SELECT 1 FROM follows f WHERE f.follower_id = :me AND f.followee_id = r.member_id)
                        FROM network_import_rows r
                        WHERE r.import_id = :id AND r.status = 'MATCHED' AND %s AND %s
                        ORDER BY r.line_number LIMIT :limit""".formatted(BlockRule.neitherBlocked("r.member_id"),
                        rowIds == null ? "(" + pending(tagName) + ")" : "r.id IN (:rows)"))
                .setParameter("id", importId).setParameter("me", owner).setParameter("limit", limit);
        if (rowIds != null) {
            q.setParameter("rows", rowIds);
        } else if (tagName != null) {
            q.setParameter("tag", tagName);
        }
        return q.getResultList();
    }

    /** How many visible matches of the import I do not follow yet (or, with a tag name, are not under it). */
    public long remainingToFollow(long importId, long owner, String tagName) {
        Query q = getEntityManager().createNativeQuery("""
                        SELECT count(*) FROM network_import_rows r
                        WHERE r.import_id = :id AND r.status = 'MATCHED' AND %s AND (%s)"""
                        .formatted(BlockRule.neitherBlocked("r.member_id"), pending(tagName)))
                .setParameter("id", importId).setParameter("me", owner);
        if (tagName != null) {
            q.setParameter("tag", tagName);
        }
        return ((Number) q.getSingleResult()).longValue();
    }

    private static String pending(String tagName) {
        return "NOT EXISTS (SELECT 1 FROM follows f WHERE f.follower_id = :me AND f.followee_id = r.member_id)"
               + (tagName == null ? "" : " OR NOT EXISTS (SELECT 1 FROM tagged_members tm JOIN tags t ON t.id = tm.tag_id"
               + " WHERE t.owner_id = :me AND lower(t.name) = lower(:tag) AND tm.member_id = r.member_id)");
    }

    public void delete(long importId) {
        getEntityManager().createNativeQuery("DELETE FROM network_imports WHERE id = :id")
                .setParameter("id", importId).executeUpdate();
    }
}
