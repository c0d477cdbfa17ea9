package app.rapport.common.ratelimit;

import io.agroal.api.AgroalDataSource;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.jdbc.CustomColumnProvider;
import io.github.bucket4j.distributed.jdbc.PrimaryKeyMapper;
import io.github.bucket4j.postgresql.Bucket4jPostgreSQL;
import io.github.bucket4j.postgresql.PostgreSQLSelectForUpdateBasedProxyManager;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.logging.Logger;

/**
 * Takes tokens from rate-limit buckets kept in PostgreSQL (table rate_limit_buckets) with
 * Bucket4j, so that every backend instance counts against the same buckets. One call is one
 * short transaction on its own connection (SELECT ... FOR UPDATE, then UPDATE), outside the
 * use case's transaction: a refused request has not started any work.
 */
@ApplicationScoped
public class RateLimiter {

    private static final Logger LOG = Logger.getLogger(RateLimiter.class);
    private static final Pattern MEMBER = Pattern.compile(":m:(\\d+)");
    private static final int CLEAN_BATCH = 1_000;

    private final PostgreSQLSelectForUpdateBasedProxyManager<String> buckets;

    public RateLimiter(AgroalDataSource dataSource, RateLimitConfig config) {
        checkPolicies(config);
        this.buckets = Bucket4jPostgreSQL.selectForUpdateBasedBuilder(dataSource)
                .primaryKeyMapper(PrimaryKeyMapper.STRING)
                .table("rate_limit_buckets")
                // a bucket left alone until it is full again says nothing a new one would not
                .expirationAfterWrite(ExpirationAfterWriteStrategy.basedOnTimeForRefillingBucketUpToMax(Duration.ZERO))
                .addCustomColumn(MEMBER_COLUMN)
                .build();
    }

    /** Fails at start-up when an operation names a policy that is not configured. */
    void started(@Observes StartupEvent start) {
        // constructing this bean checked the configuration
    }

    private static void checkPolicies(RateLimitConfig config) {
        config.operations().forEach((operation, policies) -> policies.forEach(policy -> {
            if (!config.policies().containsKey(policy)) {
                throw new IllegalStateException("rapport.rate-limits.operations.\"" + operation + "\" names the policy '"
                        + policy + "', which rapport.rate-limits.policies does not define");
            }
        }));
    }

    /**
     * Takes one token for {@code subject} (e.g. "m:42", "ip:203.0.113.7") from the bucket of
     * {@code policy}; never blocks waiting for one.
     */
    public RateLimitOutcome take(String policy, Quota quota, String subject) {
        String key = policy + "/" + quota.fingerprint() + ":" + subject;
        BucketConfiguration configuration = BucketConfiguration.builder()
                .addLimit(limit -> limit.capacity(quota.quota()).refillGreedy(quota.quota(), quota.window()))
                .build();
        ConsumptionProbe probe = buckets.builder().build(key, () -> configuration).tryConsumeAndReturnRemaining(1);
        return new RateLimitOutcome(policy, quota, probe.isConsumed(), probe.getRemainingTokens(),
                seconds(probe.getNanosToWaitForReset()), probe.isConsumed() ? 0 : Math.max(1, seconds(probe.getNanosToWaitForRefill())));
    }

    /** Deletes the buckets that have refilled completely; they would start afresh anyway. */
    @Scheduled(every = "${rapport.rate-limits.clean-every:5m}", delayed = "1m",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void removeExpired() {
        int removed;
        int total = 0;
        do {
            removed = buckets.removeExpired(CLEAN_BATCH);
            total += removed;
        } while (removed == CLEAN_BATCH);
        if (total > 0) {
            LOG.debugf("Removed %d expired rate-limit buckets", total);
        }
    }

    private static long seconds(long nanos) {
        return (nanos + TimeUnit.SECONDS.toNanos(1) - 1) / TimeUnit.SECONDS.toNanos(1);
    }

    /** Fills member_id from a key naming a member, so the member's buckets go with the account. */
    private static final CustomColumnProvider<String> MEMBER_COLUMN = new CustomColumnProvider<>() {
        @Override
        public void setCustomField(String key, int index, PreparedStatement statement,
                                   io.github.bucket4j.distributed.remote.RemoteBucketState state, long nowNanos)
                throws SQLException {
            Matcher m = MEMBER.matcher(key);
            if (m.find()) {
                statement.setLong(index, Long.parseLong(m.group(1)));
            } else {
                statement.setNull(index, Types.BIGINT);
            }
        }

        @Override
        public String getCustomFieldName() {
            return "member_id";
        }
    };
}
