package app.rapport.common;

import io.vertx.core.json.Json;
import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.regex.Pattern;

/**
 * Refuses API paths with a dot segment ("." or "..", also percent-encoded) before routing.
 * The router resolves them, so a client that puts an untrusted value in a path parameter
 * (a comment id of "..") would otherwise reach another operation:
 * {@code DELETE /api/posts/1/comments/%2e%2e} deleted post 1.
 */
@ApplicationScoped
public class DotSegmentGuard {

    private static final Pattern DOT_SEGMENT = Pattern.compile("(?i)(^|/)(\\.|%2e){1,2}(/|$)");

    void install(@Observes Router router) {
        router.route("/api/*").order(-150).handler(ctx -> {
            String raw = ctx.request().path();
            if (raw != null && DOT_SEGMENT.matcher(raw).find()) {
                Problem problem = new Problem(Problem.typeFor("INVALID_PATH"), "Invalid path", 400,
                        "The path contains a '.' or '..' segment; send each path parameter as a value, not a path.",
                        raw, "INVALID_PATH", null);
                ctx.response().setStatusCode(400).putHeader("Content-Type", Problem.MEDIA_TYPE).end(Json.encode(problem));
            } else {
                ctx.next();
            }
        });
    }
}
