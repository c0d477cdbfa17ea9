package app.rapport.common.replica;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import java.util.LinkedHashSet;
import java.util.Set;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * After a change succeeded (its transaction has committed by the time the response is
 * filtered), records the WAL position its member's reads must wait for (see {@link ReadRule}).
 * Only with a replica configured; otherwise it does nothing.
 */
public class WriteMarkFilter {

    private final Replica replica;
    private final JsonWebToken jwt;
    private final WriteMarks marks;

    public WriteMarkFilter(Replica replica, JsonWebToken jwt, WriteMarks marks) {
        this.replica = replica;
        this.jwt = jwt;
        this.marks = marks;
    }

    @ServerResponseFilter
    public void recordWrite(ContainerRequestContext request, ContainerResponseContext response) {
        String method = request.getMethod();
        if (!replica.configured() || "GET".equals(method) || "HEAD".equals(method) || "OPTIONS".equals(method)
            || response.getStatus() >= 400) {
            return;
        }
        Set<Long> writers = new LinkedHashSet<>(marks.members());
        String subject = jwt.getSubject();
        if (subject != null && !subject.isEmpty() && subject.chars().allMatch(Character::isDigit)) {
            writers.add(Long.valueOf(subject));
        }
        writers.forEach(replica::recordWrite);
    }
}
