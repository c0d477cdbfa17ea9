package app.rapport.common;

import io.micrometer.core.instrument.Metrics;
import jakarta.ws.rs.core.Response;
import java.util.List;

/** Builds problem+json responses; shared by every exception mapper. */
public final class ProblemResponses {

    private ProblemResponses() {
    }

    /** The most field errors one problem lists (openapi.yaml: Problem.errors maxItems). */
    static final int MAX_ERRORS = 100;

    public static Response of(int status, String title, String code, String detail, String instance,
                              List<Problem.FieldError> errors) {
        Metrics.counter("rapport.problems", "status", Integer.toString(status), "code", code).increment();
        Problem problem = new Problem(Problem.typeFor(code), title, status, detail, instance, code,
                errors == null || errors.isEmpty() ? null : errors.subList(0, Math.min(errors.size(), MAX_ERRORS)));
        return Response.status(status).type(Problem.MEDIA_TYPE).entity(problem).build();
    }

    public static Response of(ProblemException e, String instance) {
        return of(e.status(), e.title(), e.code(), e.getMessage(), instance, e.errors());
    }
}
