package app.rapport.inbox.live;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/**
 * Publishes an event to a member's live stream, inside the caller's transaction: the event
 * gets the member's next number and is stored (for catching up), and {@code pg_notify} tells
 * every instance's listener — PostgreSQL delivers it only when the transaction commits, so a
 * rolled-back change is never announced and a listener that reads the event finds it.
 */
@ApplicationScoped
public class MemberEvents {

    /** The PostgreSQL channel every instance LISTENs on; the payload is "memberId:seq". */
    public static final String CHANNEL = "rapport_events";

    private final EntityManager em;
    private final ObjectMapper json;

    public MemberEvents(EntityManager em, ObjectMapper json) {
        this.em = em;
        this.json = json;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public long publish(long memberId, String type, Object payload) {
        String body;
        try {
            body = json.writeValueAsString(payload);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("event payload not serializable", e);
        }
        return ((Number) em.createNativeQuery("""
                        WITH s AS (
                            INSERT INTO member_event_seqs (member_id, last_seq) VALUES (:m, 1)
                            ON CONFLICT (member_id) DO UPDATE SET last_seq = member_event_seqs.last_seq + 1
                            RETURNING last_seq),
                        e AS (
                            INSERT INTO member_events (member_id, seq, type, payload)
                            SELECT :m, s.last_seq, :type, CAST(:payload AS jsonb) FROM s
                            RETURNING seq)
                        SELECT e.seq FROM e CROSS JOIN LATERAL
                            (SELECT pg_notify('%s', CAST(:m AS text) || ':' || e.seq)) n""".formatted(CHANNEL))
                .setParameter("m", memberId).setParameter("type", type).setParameter("payload", body)
                .getSingleResult()).longValue();
    }
}
