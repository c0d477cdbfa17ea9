package app.rapport.inbox.live;

import io.agroal.api.AgroalDataSource;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.sse.OutboundSseEvent;
import jakarta.ws.rs.sse.Sse;
import jakarta.ws.rs.sse.SseEventSink;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;

/**
 * Delivers members' events to the streams this instance holds, whichever instance published
 * them. One dedicated JDBC connection (outside the pool) LISTENs on {@link MemberEvents#CHANNEL};
 * a notification "memberId:seq" makes the dispatcher read that member's events after what each
 * of their streams has had, from the member_events table, and send them. Reading the table
 * (rather than trusting notification payloads) means nothing is lost or duplicated when
 * notifications bunch up or the listener reconnects: after a reconnect every held stream is
 * caught up the same way. One dispatcher thread does all sending, heartbeats and pruning, so
 * a stream's events go out in order.
 */
@ApplicationScoped
public class LiveEvents {

    private static final Logger LOG = Logger.getLogger(LiveEvents.class);
    private static final int BATCH = 500;

    private final AgroalDataSource dataSource;
    private final EventsConfig config;
    private final String url;
    private final String user;
    private final String password;
    private final Map<Long, Set<Stream>> streams = new ConcurrentHashMap<>();
    private final Set<Long> due = ConcurrentHashMap.newKeySet();
    private ScheduledExecutorService dispatcher;
    private Thread listener;
    private volatile boolean running;
    private volatile boolean listening;

    public LiveEvents(AgroalDataSource dataSource, EventsConfig config,
                      @ConfigProperty(name = "quarkus.datasource.jdbc.url") String url,
                      @ConfigProperty(name = "quarkus.datasource.username") Optional<String> user,
                      @ConfigProperty(name = "quarkus.datasource.password") Optional<String> password) {
        this.dataSource = dataSource;
        this.config = config;
        this.url = config.listenUrl().filter(u -> !u.isBlank()).orElse(url);
        this.user = user.orElse("postgres");
        this.password = password.orElse("");
    }

    void onStart(@Observes StartupEvent event) {
        if (!config.enabled()) {
            return;
        }
        running = true;
        dispatcher = Executors.newSingleThreadScheduledExecutor(r -> daemon(r, "rapport-live-dispatch"));
        long beat = config.heartbeat().toMillis();
        dispatcher.scheduleAtFixedRate(this::heartbeat, beat, beat, TimeUnit.MILLISECONDS);
        dispatcher.scheduleAtFixedRate(this::prune, 1, 60, TimeUnit.MINUTES);
        listener = daemon(this::listen, "rapport-live-listen");
        listener.start();
    }

    void onStop(@Observes ShutdownEvent event) {
        running = false;
        if (dispatcher != null) {
            dispatcher.shutdownNow();
        }
        if (listener != null) {
            listener.interrupt();
        }
        streams.values().forEach(set -> set.forEach(Stream::close));
        streams.clear();
    }

    /** Whether the LISTEN connection is up (for tests and health). */
    public boolean listening() {
        return listening;
    }

    /**
     * Holds a member's stream: it first gets every event after {@code afterSeq} (the member's
     * latest when null), then each new one; {@code resync} first tells the client to reload.
     */
    public void open(long memberId, long afterSeq, boolean resync, SseEventSink sink, Sse sse,
                     BooleanSupplier headWritten) {
        if (!running) {
            sink.close();
            return;
        }
        Stream stream = new Stream(memberId, sink, sse, afterSeq, Instant.now());
        dispatcher.execute(() -> begin(stream, resync, headWritten, 0));
    }

    /**
     * Starts sending once the framework has written the response head (it does so after the
     * resource method returns, on another thread; writing before would race it), then catches up.
     */
    private void begin(Stream stream, boolean resync, BooleanSupplier headWritten, int attempt) {
        if (!headWritten.getAsBoolean() && attempt < 2_000 && !stream.closed()) {
            dispatcher.schedule(() -> begin(stream, resync, headWritten, attempt + 1), 2, TimeUnit.MILLISECONDS);
            return;
        }
        stream.comment("connected");
        if (resync) {
            stream.send(stream.lastSeq, "resync", "{\"reason\":\"The events you asked for are no longer kept; reload.\"}");
        }
        streams.computeIfAbsent(stream.memberId, k -> ConcurrentHashMap.newKeySet()).add(stream);
        deliver(stream.memberId);
    }

    /**
     * Where a new stream starts: (seq to start after, resync needed). A client resuming after an
     * event that is no longer kept, or that this database never had, must reload.
     */
    public long[] start(long memberId, Long lastEventId) throws SQLException {
        try (Connection c = dataSource.getConnection();
             PreparedStatement st = c.prepareStatement("""
                     SELECT COALESCE((SELECT last_seq FROM member_event_seqs WHERE member_id = ?), 0),
                            (SELECT min(seq) FROM member_events WHERE member_id = ?)""")) {
            st.setLong(1, memberId);
            st.setLong(2, memberId);
            try (ResultSet rs = st.executeQuery()) {
                rs.next();
                long last = rs.getLong(1);
                long oldest = rs.getLong(2);
                boolean noneKept = rs.wasNull();
                if (lastEventId == null) {
                    return new long[] {last, 0};
                }
                boolean missing = lastEventId > last
                                  || (lastEventId < last && (noneKept || oldest > lastEventId + 1));
                return missing ? new long[] {last, 1} : new long[] {lastEventId, 0};
            }
        }
    }

    private void listen() {
        long backoff = 500;
        while (running) {
            try (Connection c = DriverManager.getConnection(url, user, password)) {
                try (Statement st = c.createStatement()) {
                    st.execute("LISTEN " + MemberEvents.CHANNEL);
                }
                PGConnection pg = c.unwrap(PGConnection.class);
                listening = true;
                backoff = 500;
                // Whatever was published while we were not listening: catch every held stream up.
                streams.keySet().forEach(this::schedule);
                long lastCheck = System.nanoTime();
                while (running) {
                    PGNotification[] notes = pg.getNotifications(1000);
                    if (notes != null) {
                        for (PGNotification n : notes) {
                            onNotification(n.getParameter());
                        }
                    }
                    if (System.nanoTime() - lastCheck > Duration.ofSeconds(10).toNanos()) {
                        // getNotifications does not notice a dead server by itself.
                        try (Statement st = c.createStatement()) {
                            st.execute("SELECT 1");
                        }
                        lastCheck = System.nanoTime();
                    }
                }
            } catch (SQLException e) {
                listening = false;
                if (running) {
                    LOG.warnf("Live events: LISTEN connection lost (%s); reconnecting in %d ms", e.getMessage(), backoff);
                    sleep(backoff);
                    backoff = Math.min(backoff * 2, 10_000);
                }
            }
        }
        listening = false;
    }

    private void onNotification(String payload) {
        int colon = payload.indexOf(':');
        if (colon <= 0) {
            return;
        }
        try {
            long memberId = Long.parseLong(payload.substring(0, colon));
            if (streams.containsKey(memberId)) {
                schedule(memberId);
            }
        } catch (NumberFormatException e) {
            LOG.debugf("Live events: ignored notification %s", payload);
        }
    }

    /** Asks the dispatcher to deliver a member's new events; a burst of notifications makes one run. */
    private void schedule(long memberId) {
        if (due.add(memberId)) {
            try {
                dispatcher.execute(() -> {
                    due.remove(memberId);
                    deliver(memberId);
                });
            } catch (java.util.concurrent.RejectedExecutionException e) {
                due.remove(memberId);
            }
        }
    }

    /** On the dispatcher: sends each of the member's streams what it has not had yet. */
    private void deliver(long memberId) {
        Set<Stream> held = streams.get(memberId);
        if (held == null) {
            return;
        }
        held.removeIf(Stream::closed);
        if (held.isEmpty()) {
            streams.remove(memberId, held);
            return;
        }
        long from = held.stream().mapToLong(s -> s.lastSeq).min().orElseThrow();
        try (Connection c = dataSource.getConnection();
             PreparedStatement st = c.prepareStatement("""
                     SELECT seq, type, payload::text FROM member_events
                     WHERE member_id = ? AND seq > ? ORDER BY seq LIMIT ?""")) {
            boolean more = true;
            while (more) {
                st.setLong(1, memberId);
                st.setLong(2, from);
                st.setInt(3, BATCH);
                int n = 0;
                try (ResultSet rs = st.executeQuery()) {
                    while (rs.next()) {
                        n++;
                        long seq = rs.getLong(1);
                        String type = rs.getString(2);
                        String data = rs.getString(3);
                        for (Stream s : held) {
                            if (seq > s.lastSeq) {
                                s.send(seq, type, data);
                            }
                        }
                        from = seq;
                    }
                }
                more = n == BATCH;
            }
        } catch (SQLException e) {
            LOG.warnf("Live events: could not read events of member %d (%s)", memberId, e.getMessage());
        }
    }

    private void heartbeat() {
        Instant tooOld = Instant.now().minus(config.maxStreamDuration());
        streams.forEach((memberId, held) -> {
            for (Stream s : held) {
                if (s.openedAt.isBefore(tooOld)) {
                    s.close();
                } else {
                    s.comment("heartbeat");
                }
            }
            held.removeIf(Stream::closed);
        });
        streams.entrySet().removeIf(e -> e.getValue().isEmpty());
    }

    private void prune() {
        try (Connection c = dataSource.getConnection();
             PreparedStatement events = c.prepareStatement("DELETE FROM member_events WHERE created_at < ?");
             PreparedStatement tickets = c.prepareStatement("DELETE FROM event_tickets WHERE expires_at < now()")) {
            events.setObject(1, java.time.OffsetDateTime.now().minus(config.retention()));
            int gone = events.executeUpdate();
            tickets.executeUpdate();
            if (gone > 0) {
                LOG.infof("Live events: pruned %d events older than %s", gone, config.retention());
            }
        } catch (SQLException e) {
            LOG.warnf("Live events: pruning failed (%s)", e.getMessage());
        }
    }

    /** How many streams this instance holds (for tests and the rapport_events_streams gauge). */
    public int openStreams() {
        return streams.values().stream().mapToInt(Set::size).sum();
    }

    private static Thread daemon(Runnable r, String name) {
        Thread t = new Thread(r, name);
        t.setDaemon(true);
        return t;
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** One open SSE stream of a member, and the last event it was sent. */
    private static final class Stream {

        final long memberId;
        final SseEventSink sink;
        final Sse sse;
        final Instant openedAt;
        volatile long lastSeq;
        volatile boolean failed;

        Stream(long memberId, SseEventSink sink, Sse sse, long lastSeq, Instant openedAt) {
            this.memberId = memberId;
            this.sink = sink;
            this.sse = sse;
            this.lastSeq = lastSeq;
            this.openedAt = openedAt;
        }

        boolean closed() {
            return failed || sink.isClosed();
        }

        void send(long seq, String type, String data) {
            lastSeq = Math.max(lastSeq, seq);
            write(sse.newEventBuilder().id(Long.toString(seq)).name(type).mediaType(MediaType.TEXT_PLAIN_TYPE)
                    .data(String.class, data).build());
        }

        void comment(String text) {
            write(sse.newEventBuilder().comment(text).build());
        }

        private void write(OutboundSseEvent event) {
            if (closed()) {
                return;
            }
            try {
                sink.send(event).whenComplete((ok, error) -> {
                    if (error != null) {
                        failed = true;
                        close();
                    }
                });
            } catch (RuntimeException e) {
                failed = true;
                close();
            }
        }

        void close() {
            try {
                sink.close();
            } catch (RuntimeException e) {
                // already gone
            }
        }
    }

    /** For tests: the ids of the members with a stream here. */
    List<Long> membersHeld() {
        return List.copyOf(streams.keySet());
    }
}
