package app.rapport.posts;

import java.time.Instant;
import java.time.OffsetDateTime;

/** Reads a timestamptz column of a native query, whatever Java type the driver chose. */
public final class Timestamps {

    private Timestamps() {
    }

    public static Instant toInstant(Object value) {
        if (value instanceof Instant i) {
            return i;
        }
        if (value instanceof OffsetDateTime o) {
            return o.toInstant();
        }
        if (value instanceof java.sql.Timestamp t) {
            return t.toInstant();
        }
        if (value instanceof java.time.ZonedDateTime z) {
            return z.toInstant();
        }
        throw new IllegalArgumentException("not a timestamp: " + value);
    }
}
