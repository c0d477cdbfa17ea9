package app.rapport.tags;

import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/** Members to put under a tag or to take out of it, at most 1,000 per call (schema TagMembersRequest). */
public record TagMembersRequest(@NotNull @NotEmpty @Size(max = 1000) List<@NotNull Long> memberIds) {
}
