package app.rapport.network;

import app.rapport.profiles.ProfileSummary;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;

/**
 * The shared select list of network lists: a member's summary plus the viewer's relation
 * flags, computed in the same query (three index probes per row, never a query per row).
 * Queries using it bind {@code :me} and alias the listed member {@code m}.
 */
public final class NetworkRows {

    public static final String COLUMNS = """
            m.id, m.handle, m.display_name, m.headline, m.current_title, m.current_company, m.location,
            EXISTS (SELECT 1 FROM follows x WHERE x.follower_id = :me AND x.followee_id = m.id) AS following,
            EXISTS (SELECT 1 FROM follows x WHERE x.follower_id = m.id AND x.followee_id = :me) AS follows_me,
            EXISTS (SELECT 1 FROM connections x WHERE x.member_a_id = LEAST(:me, m.id)
                                                 AND x.member_b_id = GREATEST(:me, m.id)) AS connected
            """;

    private NetworkRows() {
    }

    /** Maps COLUMNS followed by a "since" timestamp column. */
    public static NetworkMemberResponse member(Object[] row) {
        return new NetworkMemberResponse(ProfileSummary.fromRow(row, 0), (Boolean) row[7], (Boolean) row[8], (Boolean) row[9],
                instant(row[10]));
    }

    public static Instant instant(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof Instant i) {
            return i;
        }
        if (value instanceof OffsetDateTime o) {
            return o.toInstant();
        }
        if (value instanceof Timestamp t) {
            return t.toInstant();
        }
        throw new IllegalArgumentException("not a timestamp: " + value.getClass());
    }
}
