package app.rapport.common;

import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.core.MultiMap;
import io.vertx.core.http.HttpClosedException;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpVersion;
import io.vertx.core.json.Json;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;
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
        // A chunked body (HTTP/1.1, no Content-Length) cannot be judged from its
        // headers: Vert.x's body handler reads it while counting and fails with 413 as soon as it passes the
        // limit (the rest is read and dropped, never kept). Quarkus REST then reads the body from the routing
        // context. Without this, such a body met only Netty's upload limit, on every path.
        BodyHandler bodyUpToLimit = BodyHandler.create(false).setBodyLimit(maxBody);
        BodyHandler uploadUpToLimit = BodyHandler.create(false).setBodyLimit(maxUpload);
        router.route().order(-200).handler(ctx -> {
            HttpServerRequest request = ctx.request();
            boolean upload = HttpMethod.POST.equals(request.method()) && limits.uploadPaths().contains(ctx.normalizedPath());
            long max = upload ? maxUpload : maxBody;
            String tooLarge = upload
                    ? "The file is larger than " + max / (1024 * 1024) + " MiB, more than any network export"
                      + " (30,000 connections take about 5 MiB). Upload Connections.csv itself, or split the file."
                    : "The request body is larger than " + max / 1024 + " KiB.";
            String length = request.getHeader("Content-Length");
            if (length != null) {
                if (length.chars().allMatch(Character::isDigit) && length.length() < 19 && Long.parseLong(length) > max) {
                    refuse(ctx, 413, tooLarge);
                } else {
                    ctx.next();
                }
            } else if (request.getHeader("Transfer-Encoding") == null || request.version() == HttpVersion.HTTP_2
                       || HttpMethod.GET.equals(request.method()) || HttpMethod.HEAD.equals(request.method())) {
                // no body (HTTP/1 sends one only with a length or chunked); HTTP/2 is left to Quarkus: its request
                // may not be paused once read, which Quarkus REST does
                ctx.next();
            } else {
                ctx.put(TOO_LARGE_DETAIL, tooLarge);
                (upload ? uploadUpToLimit : bodyUpToLimit).handle(ctx);
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
                if (!(ctx.failure() instanceof HttpClosedException)) {
                    ctx.next(); // a client that leaves after its answer (e.g. a refused body it was still sending) is no error
                }
                return;
            }
            int status = ctx.statusCode() >= 400 ? ctx.statusCode() : 500;
            if (status >= 500) {
                LOG.errorf(ctx.failure(), "Unexpected error on %s", ctx.request().path());
            }
            answer(ctx, status, status == 413 ? ctx.get(TOO_LARGE_DETAIL) : null);
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

    /** What a 413 met while reading a body says (the upload's limit differs from every other request's). */
    private static final String TOO_LARGE_DETAIL = "rapport.too-large-detail";

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
