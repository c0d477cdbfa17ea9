package app.rapport.common;

import java.util.List;

/** Base of the errors a client can cause; the mapper turns each into a {@link Problem}. */
public class ProblemException extends RuntimeException {

    private final int status;
    private final String title;
    private final String code;
    private final List<Problem.FieldError> errors;

    public ProblemException(int status, String title, String code, String detail, List<Problem.FieldError> errors) {
        super(detail, null, false, false);
        this.status = status;
        this.title = title;
        this.code = code;
        this.errors = errors;
    }

    public ProblemException(int status, String title, String code, String detail) {
        this(status, title, code, detail, null);
    }

    public int status() {
        return status;
    }

    public String title() {
        return title;
    }

    public String code() {
        return code;
    }

    public List<Problem.FieldError> errors() {
        return errors;
    }

    /** 404: no such thing, or not yours (we never say which). */
    public static ProblemException notFound(String detail) {
        return new ProblemException(404, "Not found", "NOT_FOUND", detail);
    }

    /** 409: the request clashes with the current state. */
    public static ProblemException conflict(String code, String detail) {
        return new ProblemException(409, "Conflict", code, detail);
    }

    /** 400 with the field at fault. */
    public static ProblemException invalidField(String field, String detail) {
        return new ProblemException(400, "Invalid request", "VALIDATION_FAILED", detail,
                List.of(new Problem.FieldError(field, detail)));
    }

    /** 422: well-formed, but a rule of Rapport refuses it (e.g. a note is required). */
    public static ProblemException refused(String code, String detail) {
        return new ProblemException(422, "Refused", code, detail);
    }

    /** 429: a rate or volume limit was reached. */
    public static ProblemException limited(String code, String detail) {
        return new ProblemException(429, "Limit reached", code, detail);
    }

    /** 401: missing or bad credentials. */
    public static ProblemException unauthorized(String detail) {
        return new ProblemException(401, "Unauthorized", "UNAUTHORIZED", detail);
    }

    /** 403: authenticated, but this token may not do that (e.g. missing scope). */
    public static ProblemException forbidden(String code, String detail) {
        return new ProblemException(403, "Forbidden", code, detail);
    }
}
