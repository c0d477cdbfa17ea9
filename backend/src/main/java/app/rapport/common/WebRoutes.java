package app.rapport.common;

import io.vertx.core.json.Json;
import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * HTTP plumbing outside JAX-RS: the SPA's client-side routes fall back to index.html, and
 * failures raised before a request reaches a resource (an oversize body) still answer with a
 * problem document.
 */
@ApplicationScoped
public class WebRoutes {

    void install(@Observes Router router) {
        router.get("/*").order(-100).handler(ctx -> {
            String path = ctx.normalizedPath();
            String last = path.substring(path.lastIndexOf('/') + 1);
            boolean spaRoute = !path.equals("/") && !path.startsWith("/api/") && !path.equals("/api")
                    && !path.startsWith("/q/") && !path.equals("/q") && !last.contains(".");
            if (spaRoute) {
                ctx.reroute("/");
            } else {
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
