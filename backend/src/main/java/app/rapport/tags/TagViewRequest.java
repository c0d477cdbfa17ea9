package app.rapport.tags;

import app.rapport.common.text.Visible;
import app.rapport.common.text.SingleLine;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/** A saved tag view to create or replace (schema TagViewRequest); mode defaults to ANY. */
public record TagViewRequest(@NotBlank @Size(max = 50) @SingleLine @Visible String name, TagView.Mode mode,
                             @NotNull @NotEmpty @Size(max = 20) List<@NotNull Long> tagIds,
                             @Size(max = 20) List<@NotNull Long> excludedTagIds) {
}
