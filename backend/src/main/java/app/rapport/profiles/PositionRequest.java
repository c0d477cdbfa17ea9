package app.rapport.profiles;

import app.rapport.common.text.Visible;
import app.rapport.common.text.SingleLine;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** A position to add or a new version of one (schema PositionRequest); {@code announce}
 * (absent: yes, except on the first fill of a profile) makes a new current position a career update in the network's feeds. */
public record PositionRequest(
        @NotBlank @Size(max = 100) @SingleLine @Visible String title,
        @NotBlank @Size(max = 100) @SingleLine @Visible String company,
        @NotNull LocalDate startDate,
        LocalDate endDate,
        @Size(max = 2000) @Visible String description,
        Boolean announce) {
}
