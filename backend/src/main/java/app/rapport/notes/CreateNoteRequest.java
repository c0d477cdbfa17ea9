package app.rapport.notes;

import app.rapport.common.text.Visible;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** A new private note; {@code date} defaults to today (UTC). */
public record CreateNoteRequest(@NotBlank @Size(max = 8000) @Visible String text, LocalDate date) {
}
