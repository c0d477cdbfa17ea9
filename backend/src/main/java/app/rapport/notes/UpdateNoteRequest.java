package app.rapport.notes;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** A change to a note: its text, its date, or both. */
public record UpdateNoteRequest(
        @Size(min = 1, max = 8000) @Pattern(regexp = "(?s).*\\S.*", message = "must not be blank") String text,
        LocalDate date) {
}
