package app.rapport.relationships.strength;

import java.time.Duration;
import java.time.Instant;

/** Lengths of time in plain words ("3 weeks", "4 years"), as the reasons say them. */
public final class Spans {

    private Spans() {
    }

    public static String since(Instant then, Instant now) {
        return of(Duration.between(then, now));
    }

    public static String of(Duration d) {
        long days = Math.max(0, d.toDays());
        if (days < 1) {
            return "less than a day";
        }
        if (days < 14) {
            return plural(days, "day");
        }
        if (days < 60) {
            return plural(days / 7, "week");
        }
        if (days < 730) {
            return plural(days / 30, "month");
        }
        return plural(days / 365, "year");
    }

    public static String plural(long n, String unit) {
        return n + " " + unit + (n == 1 ? "" : "s");
    }
}
