package app.rapport.common.idempotency;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/** The queries on {@code idempotency_keys}; every one runs in the caller's transaction. */
@ApplicationScoped
public class IdempotencyKeyRepository {

    private final EntityManager em;

    public IdempotencyKeyRepository(EntityManager em) {
        this.em = em;
    }

    /**
     * Claims the key for this request: inserts its row, or takes over a row older than
     * {@code lifetime}. Answers false when a live row holds the key. A concurrent transaction
     * claiming the same key blocks here, on the primary key, until the first one commits
     * (then this answers false and the caller replays) or rolls back (then this claims it).
     */
    public boolean claim(long memberId, byte[] keyHash, String operation, byte[] fingerprint, Duration lifetime) {
        List<?> claimed = em.createNativeQuery("""
                        INSERT INTO idempotency_keys (member_id, key_hash, operation, fingerprint)
                        VALUES (:member, :key, :operation, :fingerprint)
                        ON CONFLICT (member_id, key_hash) DO UPDATE
                           SET operation = EXCLUDED.operation, fingerprint = EXCLUDED.fingerprint,
                               status = NULL, answer = NULL, created_at = now()
                         WHERE idempotency_keys.created_at < now() - make_interval(secs => :lifetime)
                        RETURNING 1""")
                .setParameter("member", memberId)
                .setParameter("key", keyHash)
                .setParameter("operation", operation)
                .setParameter("fingerprint", fingerprint)
                .setParameter("lifetime", (double) lifetime.toSeconds())
                .getResultList();
        return !claimed.isEmpty();
    }

    /** The answer stored under a live key (still sealed). */
    public Optional<StoredAnswer> find(long memberId, byte[] keyHash) {
        List<?> rows = em.createNativeQuery("""
                        SELECT operation, fingerprint, status, answer FROM idempotency_keys
                         WHERE member_id = :member AND key_hash = :key AND status IS NOT NULL""")
                .setParameter("member", memberId)
                .setParameter("key", keyHash)
                .getResultList();
        return rows.stream().findFirst().map(row -> {
            Object[] r = (Object[]) row;
            return new StoredAnswer((String) r[0], (byte[]) r[1], ((Number) r[2]).intValue(), (byte[]) r[3]);
        });
    }

    /** Stores the answer (sealed by {@link IdempotencyCipher}) under the key claimed in this transaction. */
    public void store(long memberId, byte[] keyHash, int status, byte[] sealedAnswer) {
        em.createNativeQuery("""
                        UPDATE idempotency_keys SET status = :status, answer = :answer
                         WHERE member_id = :member AND key_hash = :key""")
                .setParameter("status", status)
                .setParameter("answer", sealedAnswer)
                .setParameter("member", memberId)
                .setParameter("key", keyHash)
                .executeUpdate();
    }

    /** Deletes up to {@code batch} keys older than {@code lifetime}; answers how many. */
    public int purgeExpired(Duration lifetime, int batch) {
        return em.createNativeQuery("""
                        DELETE FROM idempotency_keys WHERE ctid IN (
                          SELECT ctid FROM idempotency_keys
                           WHERE created_at < now() - make_interval(secs => :lifetime) LIMIT :batch)""")
                .setParameter("lifetime", (double) lifetime.toSeconds())
                .setParameter("batch", batch)
                .executeUpdate();
    }
}
