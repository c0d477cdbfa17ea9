package app.rapport.common;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * Sizes of a request's URL, headers and body ({@code rapport.http.*}), answered with a 414, 431 or
 * 413 problem by {@link WebRoutes}. Netty's own limits ({@code quarkus.http.limits.*}) are set well
 * above these, because a request Netty refuses never reaches a handler that could explain why.
 */
@ConfigMapping(prefix = "rapport.http")
public interface HttpLimits {

    /** Longest request target (path and query), in characters. */
    @WithDefault("8192")
    int maxUrlLength();

    /** Largest request body, except on the upload paths below; a chunked body is counted as it arrives. */
    @WithDefault("256K")
    MemorySize maxBodySize();

    /**
     * Paths that take a file (POST), whose body may reach Netty's {@code quarkus.http.limits.max-body-size}
     * instead: importing a network's Connections.csv.
     */
    @WithDefault("/api/me/network-imports")
    java.util.List<String> uploadPaths();

    /** Largest total of the request headers (names and values). */
    @WithDefault("20K")
    MemorySize maxHeaderSize();
}
