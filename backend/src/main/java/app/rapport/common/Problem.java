package app.rapport.common;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/** An RFC 9457 problem document: the one shape of every error the API returns. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Problem(String type, String title, int status, String detail, String instance, String code,
                      List<FieldError> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";

    /** One field at fault in a validation problem. */
    public record FieldError(String field, String message) {
    }

    public static String typeFor(String code) {
        return "https://rapport.app/problems/" + code.toLowerCase().replace('_', '-');
    }
}
