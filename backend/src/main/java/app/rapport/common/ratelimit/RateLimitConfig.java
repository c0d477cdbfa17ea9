package app.rapport.common.ratelimit;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * Rate limits ({@code rapport.rate-limits.*} in application.properties). Every signed-in
 * request takes a token from its member's {@code reads} or {@code writes} bucket, and one from
 * its personal access token's {@code token-reads}/{@code token-writes} bucket when it comes
 * with such a token; an operation listed in {@link #operations()} also takes one from each
 * policy named there, per member when signed in, per client IP when anonymous. A quota is
 * written {@code <requests>/<window>}, e.g. {@code 120/1m}.
 */
@ConfigMapping(prefix = "rapport.rate-limits")
public interface RateLimitConfig {

    /** Off only for benchmarks of other things; every limit below then stops applying. */
    @WithDefault("true")
    boolean enabled();

    /** GETs per member, whatever the credential. */
    @WithDefault("600/1m")
    Quota reads();

    /** Changes (POST, PUT, PATCH, DELETE) per member, whatever the credential. */
    @WithDefault("120/1m")
    Quota writes();

    /** GETs per personal access token: lower than {@link #reads()}, so that one runaway
     *  integration cannot spend its member's whole quota and lock the member's own sessions out. */
    @WithDefault("300/1m")
    Quota tokenReads();

    /** Changes per personal access token (see {@link #tokenReads()}). */
    @WithDefault("60/1m")
    Quota tokenWrites();

    /** Log-in attempts per account (email), whatever the client IP: stops password guessing
     *  against one account from many addresses. */
    @WithDefault("10/1m")
    Quota logInPerEmail();

    /** Named policies that operations add on top of reads/writes (e.g. {@code log-in=30/1m}). */
    Map<String, Quota> policies();

    /** Extra policies per operation, keyed by operationId (= the resource method's name). */
    Map<String, List<String>> operations();

    /** How often expired buckets are deleted from the database. */
    @WithDefault("5m")
    Duration cleanEvery();
}
