package app.rapport.common.replica;

import io.smallrye.health.api.HealthGroup;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/**
 * The read replica's health. Readiness stays UP when the replica is unreachable, since reads
 * then fall back to the primary and the instance still serves everything (a DOWN would make
 * the load balancer drop every instance at once); it says "degraded" instead. The health group
 * {@code /q/health/group/replica} is DOWN in that case, for monitoring to alert on.
 */
@ApplicationScoped
public class ReplicaHealth {

    private static final String NAME = "Read replica";

    private final Replica replica;

    public ReplicaHealth(Replica replica) {
        this.replica = replica;
    }

    @Produces
    @Readiness
    HealthCheck readiness() {
        return () -> describe(HealthCheckResponse.named(NAME).up());
    }

    @Produces
    @HealthGroup("replica")
    HealthCheck strict() {
        return () -> describe(HealthCheckResponse.named(NAME).status(!replica.configured() || replica.up()));
    }

    private HealthCheckResponse describe(HealthCheckResponseBuilder check) {
        Replica.Status s = replica.status();
        if (!s.configured()) {
            return check.withData("configured", false).withData("reads", "primary").build();
        }
        check.withData("configured", true)
                .withData("reachable", s.up())
                .withData("reads", s.up() ? "replica (read-your-writes)" : "primary (degraded: replica unreachable)")
                .withData("replayedLsn", s.replayedLsn());
        if (s.lagSeconds() != null) {
            check.withData("lastReplayedTransactionAgeSeconds", String.format(java.util.Locale.ROOT, "%.3f", s.lagSeconds()));
        }
        if (s.problem() != null) {
            check.withData("problem", s.problem());
        }
        return check.build();
    }
}
