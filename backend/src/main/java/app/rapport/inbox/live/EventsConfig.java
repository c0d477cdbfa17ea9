package app.rapport.inbox.live;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.Optional;

/** The live event stream ({@code rapport.events.*} in application.properties). */
@ConfigMapping(prefix = "rapport.events")
public interface EventsConfig {

    /** Whether this instance listens for events at all (LISTEN connection, SSE delivery). */
    @WithDefault("true")
    boolean enabled();

    /**
     * Where the LISTEN connection goes (default: the datasource's URL). LISTEN holds a session,
     * which a transaction-pooling PgBouncer cannot give: then this names the primary itself.
     */
    Optional<String> listenUrl();

    /** A comment line is sent on every open stream this often. */
    @WithDefault("PT15S")
    Duration heartbeat();

    /** Events are kept this long for clients that catch up with Last-Event-ID. */
    @WithDefault("P7D")
    Duration retention();

    /** How long a stream ticket can be used (once). */
    @WithDefault("PT60S")
    Duration ticketLifetime();

    /** A stream is closed after this long; the client opens a new one (with a new ticket). */
    @WithDefault("PT30M")
    Duration maxStreamDuration();
}
