package app.rapport.common;

import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.core.json.Json;
import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * HTTP plumbing outside JAX-RS: the SPA's client-side routes fall back to index.html, and
 * failures raised before a request reaches a resource (an oversize body) still answer with a
 * problem document.
 */
@ApplicationScoped
public class WebRoutes {

    void install(@Observes Router router) {
        long maxBody = ConfigProvider.getConfig()
                .getValue("quarkus.http.limits.max-body-size", MemorySize.class).asLongValue();
        router.route().order(-200).handler(ctx -> {
            String length = ctx.request().getHeader("Content-Length");
            if (length != null && length.chars().allMatch(Character::isDigit) && length.length() < 19
                    && Long.parseLong(length) > maxBody) {
                Problem problem = new Problem(Problem.typeFor("PAYLOAD_TOO_LARGE"), "Payload too large", 413,
                        "The request body is larger than " + maxBody / 1024 + " KiB.", ctx.normalizedPath(),
                        "PAYLOAD_TOO_LARGE", null);
                ctx.response().setStatusCode(413).putHeader("Content-Type", Problem.MEDIA_TYPE)
                        .putHeader("Connection", "close").end(Json.encode(problem));
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
        router.route().order(-100).failureHandler(ctx -> {
            if (ctx.statusCode() == 413 && !ctx.response().headWritten()) {
                Problem problem = new Problem(Problem.typeFor("PAYLOAD_TOO_LARGE"), "Payload too large", 413,
                        "The request body is too large.", ctx.normalizedPath(), "PAYLOAD_TOO_LARGE", null);
                ctx.response().setStatusCode(413).putHeader("Content-Type", Problem.MEDIA_TYPE)
                        .end(Json.encode(problem));
            } else {
                ctx.next();
            }
        });
    }
}
