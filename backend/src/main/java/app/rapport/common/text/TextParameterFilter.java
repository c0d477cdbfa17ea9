package app.rapport.common.text;

import app.rapport.common.Problem;
import app.rapport.common.ProblemException;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.MultivaluedMap;
import java.util.List;
import java.util.Map;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Path and query parameters get the single-line check before any resource sees them (and
 * before they are converted to numbers): {@code /api/profiles/a%00b} or {@code ?q=%00} is a
 * 400 naming the parameter, never a 404 or a 500.
 */
public class TextParameterFilter {

    @ServerRequestFilter
    public void checkParameters(ContainerRequestContext request) {
        check(request.getUriInfo().getPathParameters(true));
        check(request.getUriInfo().getQueryParameters(true));
    }

    private static void check(MultivaluedMap<String, String> params) {
        for (Map.Entry<String, List<String>> e : params.entrySet()) {
            for (String value : e.getValue()) {
                TextRules.Fault fault = TextRules.anyText(value, false);
                if (fault != null) {
                    throw new ProblemException(400, "Invalid request", "VALIDATION_FAILED",
                            "Parameter '" + e.getKey() + "' " + fault.message() + ".",
                            List.of(new Problem.FieldError(e.getKey(), fault.message())));
                }
            }
            TextRules.Fault nameFault = TextRules.anyText(e.getKey(), false);
            if (nameFault != null) {
                throw new ProblemException(400, "Invalid request", "VALIDATION_FAILED",
                        "Query parameter names " + nameFault.message() + ".",
                        List.of(new Problem.FieldError("query", "parameter names " + nameFault.message())));
            }
        }
    }
}
