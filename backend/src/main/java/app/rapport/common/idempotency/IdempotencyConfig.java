package app.rapport.common.idempotency;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** Idempotency keys ({@code rapport.idempotency.*} in application.properties). */
@ConfigMapping(prefix = "rapport.idempotency")
public interface IdempotencyConfig {

    /** How long a key replays its first answer; after that it is ignored (and purged). */
    @WithDefault("PT24H")
    Duration lifetime();

    /** How often expired keys are deleted (read by {@link IdempotencyKeyPurge}'s schedule). */
    @WithDefault("1h")
    String purgeEvery();
}
