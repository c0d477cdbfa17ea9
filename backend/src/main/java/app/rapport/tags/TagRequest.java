package app.rapport.tags;

import app.rapport.common.text.Visible;
import app.rapport.common.text.SingleLine;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A tag's name, to create or rename it (schema TagRequest). */
public record TagRequest(@NotBlank @Size(min = 1, max = 50) @SingleLine @Visible String name) {
}
