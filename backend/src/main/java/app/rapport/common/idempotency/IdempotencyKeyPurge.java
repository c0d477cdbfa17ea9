package app.rapport.common.idempotency;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;

/** Deletes expired idempotency keys (ignored already; this only keeps the table small). */
@ApplicationScoped
public class IdempotencyKeyPurge {

    private static final Logger LOG = Logger.getLogger(IdempotencyKeyPurge.class);
    private static final int BATCH = 5_000;

    private final IdempotencyKeyRepository keys;
    private final IdempotencyConfig config;

    public IdempotencyKeyPurge(IdempotencyKeyRepository keys, IdempotencyConfig config) {
        this.keys = keys;
        this.config = config;
    }

    @Scheduled(every = "${rapport.idempotency.purge-every:1h}", delayed = "1m",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        int total = 0;
        int removed;
        do {
            removed = purgeBatch();
            total += removed;
        } while (removed == BATCH);
        if (total > 0) {
            LOG.infof("Purged %d expired idempotency keys", total);
        }
    }

    /** One batch in its own short transaction; answers how many keys went. */
    @Transactional
    public int purgeBatch() {
        return keys.purgeExpired(config.lifetime(), BATCH);
    }
}
