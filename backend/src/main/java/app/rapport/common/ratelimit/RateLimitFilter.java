package app.rapport.common.ratelimit;

import io.quarkus.security.identity.SecurityIdentity;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.net.SocketAddress;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ResourceInfo;
import java.lang.reflect.Method;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * Applies the rate limits of {@link RateLimitConfig} to each API request, chosen from the
 * resource method that was matched (its name is the operationId), never from the path: the
 * member's reads or writes, the personal access token's, and the policies configured for the
 * operation. Anonymous operations ({@code @PermitAll}) count per client IP; that address is
 * the TCP peer's, or the one a trusted proxy forwarded when {@code quarkus.http.proxy.*} says
 * the app runs behind one.
 */
public class RateLimitFilter {

    private static final Pattern IPV4 = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");
    private static final Pattern IPV6 = Pattern.compile("[0-9A-Fa-f:.]*:[0-9A-Fa-f:.]*");

    private final RateLimitConfig config;
    private final RequestLimits limits;
    private final SecurityIdentity identity;
    private final JsonWebToken jwt;

    public RateLimitFilter(RateLimitConfig config, RequestLimits limits, SecurityIdentity identity, JsonWebToken jwt) {
        this.config = config;
        this.limits = limits;
        this.identity = identity;
        this.jwt = jwt;
    }

    @ServerRequestFilter
    public void limit(ResourceInfo resource, HttpServerRequest request) {
        Method method = resource.getResourceMethod();
        if (!config.enabled() || method == null || !method.getDeclaringClass().getPackageName().startsWith("app.rapport")) {
            return;
        }
        List<String> policies = config.operations().getOrDefault(method.getName(), List.of());
        if (isAnonymous(method)) {
            SocketAddress peer = request.remoteAddress();
            String subject = "ip:" + clientKey(peer == null ? null : peer.hostAddress());
            policies.forEach(policy -> limits.take(policy, config.policies().get(policy), subject));
            return;
        }
        if (identity.isAnonymous() || jwt.getSubject() == null || !jwt.getSubject().chars().allMatch(Character::isDigit)) {
            return; // the resource answers 401
        }
        String member = "m:" + jwt.getSubject();
        policies.forEach(policy -> limits.take(policy, config.policies().get(policy), member));
        boolean reading = request.method().name().equals("GET") || request.method().name().equals("HEAD");
        Object token = jwt.getClaim("pat");
        if (token != null) {
            limits.take(reading ? "token-reads" : "token-writes", reading ? config.tokenReads() : config.tokenWrites(),
                    member + ":t:" + token);
        }
        limits.take(reading ? "reads" : "writes", reading ? config.reads() : config.writes(), member);
    }

    @ServerResponseFilter
    public void headers(ContainerResponseContext response) {
        limits.writeHeaders(response.getHeaders(), response.getStatus());
    }

    private static boolean isAnonymous(Method method) {
        return method.isAnnotationPresent(PermitAll.class) || method.getDeclaringClass().isAnnotationPresent(PermitAll.class);
    }

    /** The client's IP address as a bucket key; an IPv6 client is counted by its /64, which one subscriber usually holds whole. */
    static String clientKey(String host) {
        boolean ipv4 = host != null && IPV4.matcher(host).matches()
                && Arrays.stream(host.split("\\.")).allMatch(octet -> Integer.parseInt(octet) <= 255);
        if (!ipv4 && (host == null || !IPV6.matcher(host).matches())) {
            return "unknown"; // e.g. an obfuscated "for=_hidden" from the proxy; never looked up in DNS
        }
        try {
            byte[] bytes = InetAddress.getByName(host).getAddress(); // a literal: no lookup
            if (bytes.length == 16) {
                StringBuilder prefix = new StringBuilder();
                for (int i = 0; i < 8; i += 2) {
                    prefix.append(String.format("%x", ((bytes[i] & 0xff) << 8) | (bytes[i + 1] & 0xff))).append(':');
                }
                return prefix.append(":/64").toString();
            }
            return InetAddress.getByAddress(bytes).getHostAddress();
        } catch (UnknownHostException e) {
            return "unknown";
        }
    }
}
