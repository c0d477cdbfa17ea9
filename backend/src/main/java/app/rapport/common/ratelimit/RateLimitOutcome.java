package app.rapport.common.ratelimit;

/**
 * What one policy said about one request: allowed or not, the tokens left, the seconds until
 * its bucket is full again, and (when refused) the seconds until the next request fits.
 */
public record RateLimitOutcome(String policy, Quota quota, boolean allowed, long remaining, long resetSeconds,
                               long retryAfterSeconds) {
}
