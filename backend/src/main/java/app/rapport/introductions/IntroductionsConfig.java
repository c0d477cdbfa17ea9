package app.rapport.introductions;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Limits on asking for introductions ({@code rapport.introductions.*} in application.properties). */
@ConfigMapping(prefix = "rapport.introductions")
public interface IntroductionsConfig {

    /** Introduction requests a member may make in any rolling 7 days. */
    @WithDefault("20")
    int weeklyLimit();

    /** Requests of one member that may wait (REQUESTED or FORWARDED) at the same time. */
    @WithDefault("50")
    int pendingLimit();
}
