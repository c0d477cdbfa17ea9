package app.rapport.common.ratelimit;

import io.quarkus.runtime.configuration.DurationConverter;
import java.time.Duration;

/**
 * How many requests a policy allows per window, written {@code 120/1m} in configuration: a
 * token bucket of {@code quota} tokens that refills evenly over {@code window} (so 120/1m
 * allows a burst of 120, then one request every half second).
 */
public record Quota(long quota, Duration window) {

    public Quota {
        if (quota < 1 || window.isNegative() || window.toSeconds() < 1) {
            throw new IllegalArgumentException("a quota needs at least 1 request per window of at least 1 second");
        }
    }

    /** Parses {@code 120/1m}, {@code 5/1h}, {@code 30/PT1M} (the window as any Quarkus duration). */
    public static Quota parse(CharSequence text) {
        String value = text.toString().trim();
        int slash = value.indexOf('/');
        if (slash < 1) {
            throw new IllegalArgumentException("'" + value + "' is not a quota like 120/1m");
        }
        long quota = Long.parseLong(value.substring(0, slash).trim());
        Duration window = DurationConverter.parseDuration(value.substring(slash + 1).trim());
        return new Quota(quota, window);
    }

    public long windowSeconds() {
        return window.toSeconds();
    }

    /** Part of each bucket's key, so changing a policy's numbers starts its buckets afresh. */
    String fingerprint() {
        return quota + "/" + windowSeconds();
    }

    /** "10 per minute", "5 per hour", "100 per 90 seconds". */
    String describe() {
        long s = windowSeconds();
        String per = s == 60 ? "minute" : s == 3600 ? "hour" : s == 86400 ? "day" : s + " seconds";
        return quota + " per " + per;
    }

    @Override
    public String toString() {
        return quota + "/" + window;
    }
}
