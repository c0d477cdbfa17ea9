package app.rapport.notes;

import app.rapport.common.text.Visible;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** A change to a note: its text, its date, or both. */
public record UpdateNoteRequest(
        @Size(min = 1, max = 8000) @Pattern(regexp = "(?s).*\\S.*", message = "must not be blank") @Visible String text,
        LocalDate date) {
}
