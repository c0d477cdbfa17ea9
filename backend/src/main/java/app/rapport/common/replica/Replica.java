package app.rapport.common.replica;

import io.agroal.api.AgroalDataSource;
import io.quarkus.agroal.DataSource;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * The optional read replica: whether one is configured ({@code quarkus.datasource.replica.jdbc.url}),
 * whether it answers, how far it has replayed the WAL, and each member's last write position
 * (table member_write_marks on the primary, so every instance sees every instance's writes).
 * Without a replica nothing here touches a database and every query runs on the primary.
 */
@ApplicationScoped
public class Replica {

    private static final Logger LOG = Logger.getLogger(Replica.class);

    private final AgroalDataSource primary;
    private final Instance<AgroalDataSource> replica;
    private final boolean configured;
    private volatile boolean up;
    private volatile long replayed;
    private volatile Double lagSeconds;
    private volatile String problem;
    private volatile Instant checkedAt;

    public Replica(AgroalDataSource primary, @DataSource("replica") Instance<AgroalDataSource> replica,
                   @ConfigProperty(name = "quarkus.datasource.replica.jdbc.url") Optional<String> url,
                   ReplicaConfig config) {
        this.primary = primary;
        this.replica = replica;
        this.configured = url.filter(u -> !u.isBlank()).isPresent();
        this.up = configured;
        if (configured) {
            LOG.infof("Replica: read-only use cases may run on %s (replay position checked every %s)", url.get(),
                    config.checkEvery());
        }
    }

    public boolean configured() {
        return configured;
    }

    public boolean up() {
        return configured && up;
    }

    /** Where a read of {@code memberId} (null: anonymous) may run now (see {@link ReadRule}). */
    public ReadRule.Route routeFor(Long memberId) {
        if (!up()) {
            return ReadRule.Route.PRIMARY;
        }
        long mark;
        try {
            mark = memberId == null ? 0 : markOf(memberId);
        } catch (SQLException e) {
            return ReadRule.Route.PRIMARY; // the primary's own trouble is the request's to report
        }
        if (mark > replayed) {
            check(); // the cached position may just be old
        }
        return ReadRule.route(up, mark, replayed);
    }

    /** Records that {@code memberId} has just written: their reads wait for the replica to pass this point. */
    public void recordWrite(long memberId) {
        try (Connection c = primary.getConnection();
             PreparedStatement st = c.prepareStatement("""
                     INSERT INTO member_write_marks (member_id, lsn) VALUES (?, pg_current_wal_insert_lsn())
                     ON CONFLICT (member_id) DO UPDATE SET lsn = greatest(member_write_marks.lsn, EXCLUDED.lsn)""")) {
            st.setLong(1, memberId);
            st.executeUpdate();
        } catch (SQLException e) {
            // Without the mark this member's next reads could miss the write: send them to the primary for now.
            LOG.warnf("Replica: could not record the write of member %d (%s)", memberId, e.getMessage());
        }
    }

    long markOf(long memberId) throws SQLException {
        try (Connection c = primary.getConnection();
             PreparedStatement st = c.prepareStatement("SELECT lsn::text FROM member_write_marks WHERE member_id = ?")) {
            st.setLong(1, memberId);
            try (ResultSet rs = st.executeQuery()) {
                return rs.next() ? Lsn.parse(rs.getString(1)) : 0;
            }
        }
    }

    /** Asks the replica how far it has replayed; marks it down when it does not answer. */
    @Scheduled(every = "${rapport.replica.check-every}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void check() {
        if (!configured) {
            return;
        }
        try (Connection c = replica.get().getConnection();
             PreparedStatement st = c.prepareStatement("""
                     SELECT coalesce(pg_last_wal_replay_lsn(), pg_current_wal_lsn())::text,
                            extract(epoch FROM now() - pg_last_xact_replay_timestamp())""");
             ResultSet rs = st.executeQuery()) {
            rs.next();
            replayed = Lsn.parse(rs.getString(1));
            double lag = rs.getDouble(2);
            lagSeconds = rs.wasNull() ? null : lag;
            if (!up) {
                LOG.info("Replica: reachable again; reads go back to it");
            }
            problem = null;
            up = true;
        } catch (SQLException | RuntimeException e) {
            failed(e);
        }
        checkedAt = Instant.now();
    }

    /** A read on the replica failed: reads go to the primary until the next successful check. */
    void failed(Exception e) {
        if (up) {
            LOG.warnf("Replica: unreachable (%s); reads fall back to the primary", e.getMessage());
        }
        up = false;
        problem = e.getMessage();
    }

    /** What the health checks report. */
    public Status status() {
        return new Status(configured, up(), Lsn.format(replayed), lagSeconds, problem, checkedAt);
    }

    /** The replica as last seen; {@code lagSeconds} is the age of the last replayed transaction. */
    public record Status(boolean configured, boolean up, String replayedLsn, Double lagSeconds, String problem,
                         Instant checkedAt) {
    }
}
