package app.rapport.relationships;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/** Members to act on in bulk, at most 100 (schema RelationshipMembersRequest). */
public record RelationshipMembersRequest(@NotNull @Size(min = 1, max = 100) List<@NotNull Long> memberIds) {
}
