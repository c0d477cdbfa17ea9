package app.rapport.profiles;

import app.rapport.common.text.Visible;
import app.rapport.common.text.SingleLine;
import app.rapport.common.text.PersonName;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** Profile fields to change; null leaves a field alone, "" clears it (schema UpdateProfileRequest).
 * {@code announce} (absent: yes, except on the first fill of a profile) says whether a change of current title or company becomes a
 * career update in the network's feeds. */
public record UpdateProfileRequest(
        @Size(min = 1, max = 100) @Pattern(regexp = "(?s).*\\S.*", message = "must not be blank") @PersonName String displayName,
        @Size(max = 220) @SingleLine @Visible String headline,
        @Size(max = 100) @SingleLine @Visible String location,
        @Size(max = 2600) @Visible String about,
        @Size(max = 100) @SingleLine @Visible String currentTitle,
        @Size(max = 100) @SingleLine @Visible String currentCompany,
        Boolean announce) {
}
