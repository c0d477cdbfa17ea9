package app.rapport.common.ratelimit;

import app.rapport.common.DatabaseUnavailable;
import app.rapport.common.ProblemException;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.core.MultivaluedMap;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;

/**
 * The rate limits applied to the current request: takes their tokens, refuses the request
 * with a 429 RATE_LIMITED problem when one is spent, and writes the {@code RateLimit-Policy},
 * {@code RateLimit} and {@code Retry-After} headers of the response.
 */
@RequestScoped
public class RequestLimits {

    private static final Logger LOG = Logger.getLogger(RequestLimits.class);

    private final RateLimiter limiter;
    private final RateLimitConfig config;
    private final MeterRegistry metrics;
    private final List<RateLimitOutcome> outcomes = new ArrayList<>(3);

    public RequestLimits(RateLimiter limiter, RateLimitConfig config, MeterRegistry metrics) {
        this.limiter = limiter;
        this.config = config;
        this.metrics = metrics;
    }

    /**
     * Takes a token for {@code subject} from {@code policy}; answers 429 when there is none. If
     * the database cannot be reached the request goes on (its own work would tell).
     */
    public void take(String policy, Quota quota, String subject) {
        RateLimitOutcome outcome;
        try {
            outcome = limiter.take(policy, quota, subject);
        } catch (RuntimeException e) {
            if (DatabaseUnavailable.causedBy(e)) {
                LOG.warnf("Rate limit %s not checked: the database is unavailable", policy);
            } else {
                LOG.warnf(e, "Rate limit %s not checked", policy);
            }
            return;
        }
        outcomes.add(outcome);
        if (!outcome.allowed()) {
            metrics.counter("rapport.rate_limit.refusals", "policy", policy).increment();
            throw ProblemException.limited("RATE_LIMITED", "Too many requests: the limit '" + policy + "' allows "
                    + quota.describe() + ". Try again in " + outcome.retryAfterSeconds() + " second"
                    + (outcome.retryAfterSeconds() == 1 ? "" : "s") + ".");
        }
    }

    /** One log-in attempt for this email, whatever the client's address (a per-account limit). */
    public void logInAttempt(String email) {
        if (!config.enabled() || email == null) {
            return;
        }
        take("log-in-email", config.logInPerEmail(), "e:" + digest(email.trim().toLowerCase(Locale.ROOT)));
    }

    /** Adds the headers of the limits applied so far; {@code Retry-After} when one refused the request. */
    void writeHeaders(MultivaluedMap<String, Object> headers, int status) {
        if (outcomes.isEmpty()) {
            return;
        }
        headers.putSingle("RateLimit-Policy", outcomes.stream()
                .map(o -> "\"" + o.policy() + "\";q=" + o.quota().quota() + ";w=" + o.quota().windowSeconds())
                .collect(Collectors.joining(", ")));
        headers.putSingle("RateLimit", outcomes.stream()
                .map(o -> "\"" + o.policy() + "\";r=" + o.remaining() + ";t=" + o.resetSeconds())
                .collect(Collectors.joining(", ")));
        if (status == 429) {
            outcomes.stream().filter(o -> !o.allowed()).mapToLong(RateLimitOutcome::retryAfterSeconds).max()
                    .ifPresent(seconds -> headers.putSingle("Retry-After", Long.toString(seconds)));
        }
    }

    /** Emails are kept out of the bucket table: the key holds a digest. */
    private static String digest(String email) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(email.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
