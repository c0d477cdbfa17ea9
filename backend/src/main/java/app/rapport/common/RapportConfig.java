package app.rapport.common;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** Rapport's limits and tunables, in one place ({@code rapport.*} in application.properties). */
@ConfigMapping(prefix = "rapport")
public interface RapportConfig {

    Auth auth();

    Demo demo();

    interface Auth {
        /** How long an access token stays valid. */
        @WithDefault("PT12H")
        Duration tokenLifetime();

        /** bcrypt work factor (lowered in tests only). */
        @WithDefault("10")
        int bcryptCost();

        @WithDefault("https://rapport.app")
        String issuer();

        /** How recent a session's last password check must be to create a personal access token. */
        @WithDefault("PT10M")
        Duration reauthenticationWindow();
    }

    interface Demo {
        /** Load the demo members and their data at start-up (idempotent). */
        @WithDefault("false")
        boolean enabled();
    }
}
