package app.rapport.relationships;

import app.rapport.profiles.ProfileSummary;
import com.fasterxml.jackson.annotation.JsonInclude;

/** How I met a connection, with the request's note or the introducer (schema HowWeMet). */
public record HowWeMet(HowWeMetKind kind, String note,
                       @JsonInclude(JsonInclude.Include.NON_NULL) ProfileSummary introducedBy, String text) {
}
