package app.rapport.onboarding;

import app.rapport.privacy.BlockRule;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.util.ArrayList;
import java.util.List;

/** The follow-suggestion query: who a member without a graph yet may want to follow. */
@ApplicationScoped
public class OnboardingRepository {

    /** Most candidates each source contributes before ranking (each is one index scan). */
    static final int POOL = 300;

    private final EntityManager em;

    public OnboardingRepository(EntityManager em) {
        this.em = em;
    }

    /** What the viewer's own profile offers to match on: match keys, or null/empty when not filled in. */
    public record Signals(String companyKey, String cityKey, List<String> headlineWords) {
    }

    /**
     * Candidates from five sources, each bounded and index-backed: colleagues (same current
     * company), neighbours (same city), members whose profile mentions a word of my headline,
     * the most-followed members, and members two connections away. Then each is scored (company
     * 40, city 25, 15 per shared headline word up to 3, 10 per mutual connection up to 5, and up
     * to 20 for followers on a log scale) and ranked; keyset on (score desc, id). Never suggested:
     * me, members I follow or am connected to, a pending request either way, a block either way,
     * and anyone whose request I turned into a follower (they asked, I chose otherwise).
     *
     * Columns: id, handle, display_name, headline, current_title, current_company, location (0-6),
     * followers, mutuals, same_company, same_city, score (7-11).
     */
    @SuppressWarnings("unchecked")
    public List<Object[]> suggestions(long me, Signals s, Long afterScore, Long afterId, int limit) {
        List<String> pool = new ArrayList<>();
        if (s.companyKey() != null) {
            pool.add("(SELECT m.id AS id FROM members m WHERE match_key(m.current_company) = :company LIMIT " + POOL + ")");
        }
        if (s.cityKey() != null) {
            pool.add("(SELECT m.id AS id FROM members m WHERE match_key(split_part(m.location, ',', 1)) = :city LIMIT " + POOL + ")");
        }
        List<String> mentions = new ArrayList<>();
        List<String> shared = new ArrayList<>();
        for (int i = 0; i < s.headlineWords().size(); i++) {
            mentions.add("lower(m.display_name || ' ' || m.handle || ' ' || coalesce(m.headline, '') || ' '"
                         + " || coalesce(m.current_company, '')) LIKE :like" + i);
            shared.add("CASE WHEN (' ' || coalesce(match_key(m.headline), '') || ' ') LIKE :word" + i + " THEN 1 ELSE 0 END");
        }
        if (!mentions.isEmpty()) {
            pool.add("(SELECT m.id AS id FROM members m WHERE " + String.join(" OR ", mentions) + " LIMIT " + POOL + ")");
        }
        // Followers are counted in slot rows (V140); a much-followed member tops every slot, so the
        // largest slot rows name the most-followed members without summing every member's slots.
        pool.add("(SELECT DISTINCT top.member_id AS id FROM (SELECT f.member_id FROM member_follower_counts f"
                 + " ORDER BY f.followers DESC, f.member_id LIMIT 800) top)");
        pool.add("(SELECT e2.other_id AS id FROM connection_edges e1 JOIN connection_edges e2 ON e2.member_id = e1.other_id"
                 + " WHERE e1.member_id = :me LIMIT " + POOL + ")");
        String sql = """
                WITH pool AS (%s),
                scored AS (
                    SELECT m.id, g.followers,
                           %s AS same_company,
                           %s AS same_city,
                           %s AS shared_words,
                           (SELECT count(*) FROM connection_edges a JOIN connection_edges b ON b.other_id = a.other_id
                            WHERE a.member_id = :me AND b.member_id = m.id) AS mutuals
                    FROM pool p JOIN members m ON m.id = p.id JOIN member_graph_totals g ON g.member_id = m.id
                    WHERE m.id <> :me
                      AND NOT EXISTS (SELECT 1 FROM follows x WHERE x.follower_id = :me AND x.followee_id = m.id)
                      AND NOT EXISTS (SELECT 1 FROM connections x WHERE x.member_a_id = LEAST(:me, m.id)
                                                                    AND x.member_b_id = GREATEST(:me, m.id))
                      AND NOT EXISTS (SELECT 1 FROM invitations x WHERE x.state = 'PENDING'
                                        AND LEAST(x.sender_id, x.recipient_id) = LEAST(:me, m.id)
                                        AND GREATEST(x.sender_id, x.recipient_id) = GREATEST(:me, m.id))
                      AND NOT EXISTS (SELECT 1 FROM invitations x WHERE x.state = 'MADE_FOLLOWER'
                                        AND x.sender_id = m.id AND x.recipient_id = :me)
                      AND %s),
                ranked AS (
                    SELECT s.*, (40 * s.same_company::int + 25 * s.same_city::int + 15 * least(s.shared_words, 3)
                                 + 10 * least(s.mutuals, 5) + least(20, 2 * floor(log(2, s.followers + 1)))::int) AS score
                    FROM scored s)
                SELECT m.id, m.handle, m.display_name, m.headline, m.current_title, m.current_company, m.location,
                       r.followers, r.mutuals, r.same_company, r.same_city, r.score
                FROM ranked r JOIN members m ON m.id = r.id
                %s
                ORDER BY r.score DESC, r.id
                LIMIT :limit""".formatted(String.join(" UNION ", pool),
                s.companyKey() == null ? "false" : "coalesce(match_key(m.current_company) = :company, false)",
                s.cityKey() == null ? "false" : "coalesce(match_key(split_part(m.location, ',', 1)) = :city, false)",
                shared.isEmpty() ? "0" : "(" + String.join(" + ", shared) + ")",
                BlockRule.neitherBlocked("m.id"),
                afterId == null ? "" : "WHERE (r.score < :afterScore OR (r.score = :afterScore AND r.id > :afterId))");
        Query q = em.createNativeQuery(sql).setParameter("me", me).setParameter("limit", limit);
        if (s.companyKey() != null) {
            q.setParameter("company", s.companyKey());
        }
        if (s.cityKey() != null) {
            q.setParameter("city", s.cityKey());
        }
        for (int i = 0; i < s.headlineWords().size(); i++) {
            q.setParameter("like" + i, "%" + s.headlineWords().get(i) + "%");
            q.setParameter("word" + i, "% " + s.headlineWords().get(i) + " %");
        }
        if (afterId != null) {
            q.setParameter("afterScore", afterScore).setParameter("afterId", afterId);
        }
        return q.getResultList();
    }

    /** headline, location, about, current title, current company, and how many members I follow. */
    public Object[] profileState(long me) {
        return (Object[]) em.createNativeQuery("""
                        SELECT m.headline, m.location, m.about, m.current_title, m.current_company,
                               coalesce((SELECT g.following FROM member_graph_counts g WHERE g.member_id = m.id), 0)
                        FROM members m WHERE m.id = :me""")
                .setParameter("me", me).getSingleResult();
    }

    /** The match key of a text, as the database computes it (accents, case and punctuation folded). */
    public String matchKey(String text) {
        return text == null ? null : (String) em.createNativeQuery("SELECT match_key(:t)")
                .setParameter("t", text).getSingleResult();
    }
}
