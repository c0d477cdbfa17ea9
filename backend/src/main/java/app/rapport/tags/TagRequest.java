package app.rapport.tags;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A tag's name, to create or rename it (schema TagRequest). */
public record TagRequest(@NotBlank @Size(min = 1, max = 50) String name) {
}
