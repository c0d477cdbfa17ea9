package app.rapport.imports;

import app.rapport.profiles.ProfileSummary;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;

/** One imported person as the file gave it, and the member it matched, if any (schema NetworkImportRowResponse). */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record NetworkImportRowResponse(long id, int lineNumber, String firstName, String lastName, String email,
                                       String company, String position, String profileUrl, LocalDate connectedOn,
                                       ImportRowStatus status, MatchRule matchRule, int candidateCount,
                                       ProfileSummary member, boolean following, boolean connected) {
}
