package app.rapport.common;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * Sizes of a request's URL and headers ({@code rapport.http.*}), answered with a 414 or 431
 * problem by {@link WebRoutes}. Netty's own limits ({@code quarkus.http.limits.*}) are set well
 * above these, because a request Netty refuses never reaches a handler that could explain why.
 */
@ConfigMapping(prefix = "rapport.http")
public interface HttpLimits {

    /** Longest request target (path and query), in characters. */
    @WithDefault("8192")
    int maxUrlLength();

    /** Largest total of the request headers (names and values). */
    @WithDefault("20K")
    MemorySize maxHeaderSize();
}
