package app.rapport.common;

import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.core.MultiMap;
import io.vertx.core.json.Json;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Map;
import org.eclipse.microprofile.config.ConfigProvider;
import org.jboss.logging.Logger;

/**
 * HTTP plumbing outside JAX-RS: the SPA's client-side routes fall back to index.html, and
 * requests refused before they reach a resource (a URL, headers or body too large, a
 * malformed path) still answer with a problem document.
 */
@ApplicationScoped
public class WebRoutes {

    private final HttpLimits limits;

    public WebRoutes(HttpLimits limits) {
        this.limits = limits;
    }

    void install(@Observes Router router) {
        long maxUpload = ConfigProvider.getConfig()
                .getValue("quarkus.http.limits.max-body-size", MemorySize.class).asLongValue();
        long maxBody = Math.min(maxUpload, limits.maxBodySize().asLongValue());
        long maxHeaders = limits.maxHeaderSize().asLongValue();
        router.route().order(-300).handler(ctx -> {
            if (!validUri(ctx.request().uri())) {
                refuse(ctx, 400, "The URL is malformed (e.g. a % not followed by two hex digits, or a space).");
            } else if (ctx.request().uri().length() > limits.maxUrlLength()) {
                refuse(ctx, 414, "The URL is longer than " + limits.maxUrlLength() + " characters.");
            } else if (headerSize(ctx.request().headers()) > maxHeaders) {
                refuse(ctx, 431, "The request headers are larger than " + maxHeaders / 1024 + " KiB in all.");
            } else {
                ctx.next();
            }
        });
        router.route().order(-200).handler(ctx -> {
            String length = ctx.request().getHeader("Content-Length");
            boolean upload = ctx.request().method().name().equals("POST")
                             && limits.uploadPaths().contains(ctx.normalizedPath());
            long max = upload ? maxUpload : maxBody;
            if (length != null && length.chars().allMatch(Character::isDigit) && length.length() < 19
                    && Long.parseLong(length) > max) {
                refuse(ctx, 413, upload
                        ? "The file is larger than " + max / (1024 * 1024) + " MiB, more than any network export"
                          + " (30,000 connections take about 5 MiB). Upload Connections.csv itself, or split the file."
                        : "The request body is larger than " + max / 1024 + " KiB.");
            } else {
                ctx.next();
            }
        });
        router.get("/*").order(-100).handler(ctx -> {
            String path = ctx.normalizedPath();
            String last = path.substring(path.lastIndexOf('/') + 1);
            boolean spaRoute = !path.equals("/") && !path.startsWith("/api/") && !path.equals("/api")
                    && !path.startsWith("/q/") && !path.equals("/q") && !last.contains(".");
            if (spaRoute) {
                ctx.reroute("/");
            } else {
                if (path.equals("/") || path.endsWith(".html")) {
                    // index.html names the hashed bundles of the current build: always revalidate it
                    ctx.addHeadersEndHandler(v -> ctx.response().headers().set("Cache-Control", "no-cache"));
                }
                ctx.next();
            }
        });
        // Whatever fails outside JAX-RS (a malformed percent-escape, an oversize body, a missing
        // Host header...) answers with a problem document too.
        router.route().order(-100).failureHandler(ctx -> {
            if (ctx.response().headWritten()) {
                ctx.next();
                return;
            }
            int status = ctx.statusCode() >= 400 ? ctx.statusCode() : 500;
            if (status >= 500) {
                LOG.errorf(ctx.failure(), "Unexpected error on %s", ctx.request().path());
            }
            answer(ctx, status, null);
        });
        for (int status : FAILURES.keySet()) {
            router.errorHandler(status, ctx -> {
                if (!ctx.response().headWritten()) {
                    answer(ctx, status, null);
                }
            });
        }
    }

    private static final Logger LOG = Logger.getLogger(WebRoutes.class);

    /** Statuses a request can meet before JAX-RS: code, title, and the detail when none is given. */
    private static final Map<Integer, String[]> FAILURES = Map.of(
            400, new String[] {"BAD_REQUEST", "Bad request", "The request could not be understood (e.g. a malformed %-escape in the path)."},
            404, new String[] {"NOT_FOUND", "Not found", "There is nothing at this path."},
            405, new String[] {"METHOD_NOT_ALLOWED", "Method not allowed", "This path does not accept that HTTP method."},
            413, new String[] {"PAYLOAD_TOO_LARGE", "Payload too large", "The request body is too large."},
            414, new String[] {"URI_TOO_LONG", "URI too long", "The URL is too long."},
            431, new String[] {"HEADERS_TOO_LARGE", "Request header fields too large", "The request headers are too large."},
            500, new String[] {"INTERNAL_ERROR", "Internal error", "Something went wrong on our side. It has been logged; please try again later."});

    /** Refuses a request before it is read any further, and closes the connection after the answer. */
    private static void refuse(RoutingContext ctx, int status, String detail) {
        ctx.response().putHeader("Connection", "close");
        answer(ctx, status, detail);
    }

    private static void answer(RoutingContext ctx, int status, String detail) {
        String[] known = FAILURES.getOrDefault(status, new String[] {"BAD_REQUEST", "Bad request",
                "The request could not be understood."});
        String path = ctx.request().path();
        String instance = status == 414 || path == null || path.length() > 200 ? null : path;
        Problem problem = new Problem(Problem.typeFor(known[0]), known[1], status,
                detail == null ? known[2] : detail, instance, known[0], null);
        ctx.response().setStatusCode(status).putHeader("Content-Type", Problem.MEDIA_TYPE).end(Json.encode(problem));
    }

    /** The check Quarkus makes before any handler (see RapportMain), made here to answer with a problem. */
    private static boolean validUri(String uri) {
        if (uri == null) {
            return false;
        }
        try {
            new URI(uri);
            return true;
        } catch (URISyntaxException e) {
            return false;
        }
    }

    private static long headerSize(MultiMap headers) {
        long size = 0;
        for (Map.Entry<String, String> header : headers) {
            size += header.getKey().length() + header.getValue().length() + 4;
        }
        return size;
    }
}
