package app.rapport.common;

import app.rapport.common.text.UnsafeTextException;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.exc.InputCoercionException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Turns every exception that reaches the REST layer into an RFC 9457 problem: client mistakes
 * into clear 4xx answers, anything else into a generic 500 that is logged but never explained.
 */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    @ServerExceptionMapper
    public Response problem(ProblemException e, UriInfo uri) {
        return ProblemResponses.of(e, path(uri));
    }

    @ServerExceptionMapper
    public Response validation(ConstraintViolationException e, UriInfo uri) {
        boolean returnValue = e.getConstraintViolations().stream()
                .anyMatch(v -> hasKind(v.getPropertyPath(), ElementKind.RETURN_VALUE));
        if (returnValue) {
            return unexpected(e, uri);
        }
        List<Problem.FieldError> errors = e.getConstraintViolations().stream()
                .map(v -> new Problem.FieldError(fieldOf(v), v.getMessage()))
                .sorted(Comparator.comparing(Problem.FieldError::field))
                .collect(Collectors.toCollection(ArrayList::new));
        String detail = errors.size() == 1
                ? "Field '" + errors.get(0).field() + "' " + errors.get(0).message() + "."
                : errors.size() + " fields are invalid: "
                  + errors.stream().map(Problem.FieldError::field).distinct().collect(Collectors.joining(", ")) + ".";
        return ProblemResponses.of(400, "Invalid request", "VALIDATION_FAILED", detail, path(uri), errors);
    }

    @ServerExceptionMapper
    public Response unrecognizedField(UnrecognizedPropertyException e, UriInfo uri) {
        String field = jsonPath(e);
        return ProblemResponses.of(400, "Invalid request", "UNKNOWN_FIELD",
                "Field '" + field + "' is not part of this request.", path(uri),
                List.of(new Problem.FieldError(field, "is not a known field")));
    }

    @ServerExceptionMapper
    public Response badJson(JsonParseException e, UriInfo uri) {
        return ProblemResponses.of(400, "Malformed JSON", "MALFORMED_JSON",
                "The request body is not valid JSON.", path(uri), null);
    }

    /** A JSON string with control characters (see TextJsonModule): 400 naming the field. */
    @ServerExceptionMapper
    public Response unsafeText(UnsafeTextException e, UriInfo uri) {
        String field = jsonPath(e).isEmpty() ? "body" : jsonPath(e);
        String message = e.fault().message();
        return ProblemResponses.of(400, "Invalid request", "VALIDATION_FAILED",
                "Field '" + field + "' " + message + ".", path(uri), List.of(new Problem.FieldError(field, message)));
    }

    /** More specific than JsonMappingException, so it beats Quarkus' built-in mapper (plain JSON, no code). */
    @ServerExceptionMapper
    public Response wrongJsonValue(MismatchedInputException e, UriInfo uri) {
        return wrongJsonShape(e, uri);
    }

    @ServerExceptionMapper
    public Response wrongJsonShape(JsonMappingException e, UriInfo uri) {
        String field = jsonPath(e);
        if (field.isEmpty()) {
            return ProblemResponses.of(400, "Malformed JSON", "MALFORMED_JSON",
                    "The request body does not have the expected shape.", path(uri), null);
        }
        return ProblemResponses.of(400, "Invalid request", "VALIDATION_FAILED",
                "Field '" + field + "' has the wrong type or format.", path(uri),
                List.of(new Problem.FieldError(field, "has the wrong type or format")));
    }

    /** A number too large for its field (e.g. an id of 30 digits): named from the parser's position. */
    @ServerExceptionMapper
    public Response numberOutOfRange(InputCoercionException e, UriInfo uri) {
        JsonParser parser = e.getProcessor();
        String field = parser != null && parser.getParsingContext() != null
                ? parser.getParsingContext().getCurrentName() : null;
        if (field == null) {
            return otherJson(e, uri);
        }
        return ProblemResponses.of(400, "Invalid request", "VALIDATION_FAILED",
                "Field '" + field + "' is out of range.", path(uri),
                List.of(new Problem.FieldError(field, "is out of range")));
    }

    @ServerExceptionMapper
    public Response otherJson(JsonProcessingException e, UriInfo uri) {
        return ProblemResponses.of(400, "Malformed JSON", "MALFORMED_JSON",
                "The request body is not valid JSON.", path(uri), null);
    }

    @ServerExceptionMapper({UnauthorizedException.class, AuthenticationFailedException.class})
    public Response unauthorized(RuntimeException e, UriInfo uri) {
        return ProblemResponses.of(401, "Unauthorized", "UNAUTHORIZED",
                "Sign in first: send a valid, unexpired bearer token in the Authorization header.", path(uri), null);
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, UriInfo uri) {
        return ProblemResponses.of(403, "Forbidden", "FORBIDDEN",
                "Your credentials do not allow this operation.", path(uri), null);
    }

    @ServerExceptionMapper
    public Response web(WebApplicationException e, UriInfo uri) {
        int status = e.getResponse() == null ? 500 : e.getResponse().getStatus();
        if (status >= 500) {
            return unexpected(e, uri);
        }
        Throwable cause = e.getCause();
        if (cause instanceof ProblemException p) {
            return problem(p, uri);
        }
        if (cause instanceof JsonMappingException mapping) {
            return wrongJsonShape(mapping, uri);
        }
        if (cause instanceof InputCoercionException range) {
            return numberOutOfRange(range, uri);
        }
        if (cause instanceof JsonProcessingException) {
            return ProblemResponses.of(400, "Malformed JSON", "MALFORMED_JSON",
                    "The request body is not valid JSON or does not have the expected shape.", path(uri), null);
        }
        return switch (status) {
            case 404 -> ProblemResponses.of(404, "Not found", "NOT_FOUND",
                    "There is nothing at " + path(uri) + ".", path(uri), null);
            case 405 -> ProblemResponses.of(405, "Method not allowed", "METHOD_NOT_ALLOWED",
                    "This path does not accept that HTTP method.", path(uri), null);
            case 406 -> ProblemResponses.of(406, "Not acceptable", "NOT_ACCEPTABLE",
                    "This API answers in JSON; accept application/json.", path(uri), null);
            case 413 -> ProblemResponses.of(413, "Payload too large", "PAYLOAD_TOO_LARGE",
                    "The request body is too large.", path(uri), null);
            case 415 -> ProblemResponses.of(415, "Unsupported media type", "UNSUPPORTED_MEDIA_TYPE",
                    "Send the request body as application/json.", path(uri), null);
            case 401 -> unauthorized(e, uri);
            default -> ProblemResponses.of(status, "Bad request", "BAD_REQUEST",
                    "The request could not be understood.", path(uri), null);
        };
    }

    /** Last resort: the database out of reach becomes 503, constraint clashes 409, anything else a generic, logged 500. */
    @ServerExceptionMapper
    public Response unexpected(Throwable e, UriInfo uri) {
        if (DatabaseUnavailable.causedBy(e)) {
            LOG.warnf("Database unavailable on %s: %s", path(uri), e);
            return databaseUnavailable(path(uri));
        }
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof ProblemException p) {
                return problem(p, uri);
            }
            if (t instanceof SQLException sql && sql.getSQLState() != null) {
                String state = sql.getSQLState();
                if (state.startsWith("23")) {
                    return ProblemResponses.of(409, "Conflict", "CONFLICT",
                            "The change clashes with existing data; reload and try again.", path(uri), null);
                }
                if (state.equals("40001") || state.equals("40P01")) {
                    return ProblemResponses.of(409, "Conflict", "CONCURRENT_UPDATE",
                            "Another change happened at the same time; try again.", path(uri), null);
                }
            }
        }
        LOG.errorf(e, "Unexpected error on %s", path(uri));
        return ProblemResponses.of(500, "Internal error", "INTERNAL_ERROR",
                "Something went wrong on our side. It has been logged; please try again later.", path(uri), null);
    }

    /** 503 with Retry-After: PostgreSQL is out of reach; nothing was done, and the same request may be retried. */
    static Response databaseUnavailable(String instance) {
        Response problem = ProblemResponses.of(503, "Service unavailable", "DATABASE_UNAVAILABLE",
                "The database cannot be reached just now. Retry in a few seconds; a creation retried "
                + "with the same Idempotency-Key is never made twice.", instance, null);
        return Response.fromResponse(problem).header("Retry-After", DatabaseUnavailable.RETRY_AFTER_SECONDS).build();
    }

    private static String path(UriInfo uri) {
        return uri == null ? null : uri.getRequestUri().getRawPath();
    }

    private static boolean hasKind(Path path, ElementKind kind) {
        for (Path.Node node : path) {
            if (node.getKind() == kind) {
                return true;
            }
        }
        return false;
    }

    /** "signUp.request.email" -> "email"; "search.q" -> "q"; nested beans keep a dotted path. */
    private static String fieldOf(ConstraintViolation<?> v) {
        List<String> names = new ArrayList<>();
        boolean afterParameter = false;
        for (Path.Node node : v.getPropertyPath()) {
            switch (node.getKind()) {
                case METHOD, CONSTRUCTOR -> names.clear();
                case PARAMETER -> {
                    names.clear();
                    names.add(node.getName());
                    afterParameter = true;
                }
                case PROPERTY -> {
                    if (afterParameter) {
                        names.clear(); // a request body: its fields are named from the body's root
                        afterParameter = false;
                    }
                    if (node.isInIterable() && !names.isEmpty() && node.getIndex() != null) {
                        int last = names.size() - 1;
                        names.set(last, names.get(last) + "[" + node.getIndex() + "]");
                    }
                    names.add(node.getName());
                }
                default -> {
                }
            }
        }
        return names.isEmpty() ? "body" : String.join(".", names);
    }

    private static String jsonPath(JsonMappingException e) {
        StringBuilder sb = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                if (!sb.isEmpty()) {
                    sb.append('.');
                }
                sb.append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                sb.append('[').append(ref.getIndex()).append(']');
            }
        }
        return sb.toString();
    }
}
