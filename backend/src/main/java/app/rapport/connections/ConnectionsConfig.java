package app.rapport.connections;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** Limits on connecting ({@code rapport.invitations.*} in application.properties). */
@ConfigMapping(prefix = "rapport.invitations")
public interface ConnectionsConfig {

    /** Requests a member may send in any rolling 7 days. */
    @WithDefault("100")
    int weeklyLimit();

    /** Requests of one sender that may wait for an answer at the same time. */
    @WithDefault("500")
    int pendingLimit();

    /** How long after a withdrawn or declined-into-follower request the sender must wait to invite the same person again. */
    @WithDefault("P21D")
    Duration coolDown();

    /** Most connections a member may have; followers are unlimited. */
    @WithDefault("30000")
    int maxConnections();
}
