package app.rapport.profiles;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * A member's profile as a visitor who is not signed in sees it (schema PublicProfileResponse):
 * only what the member chose to make public; every other field is absent.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record PublicProfileResponse(String handle, String displayName, String headline, String currentTitle,
                                    String currentCompany, String location, String about,
                                    List<PublicPositionResponse> positions, Long connectionCount, Long followerCount) {

    /** One position of a public career history: no description, no internal id. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record PublicPositionResponse(String title, String company, java.time.LocalDate startDate,
                                         java.time.LocalDate endDate, boolean current) {
    }
}
