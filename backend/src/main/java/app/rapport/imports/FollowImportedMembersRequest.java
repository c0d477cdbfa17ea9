package app.rapport.imports;

import app.rapport.common.text.SingleLine;
import app.rapport.common.text.Visible;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * Which matches to follow (schema FollowImportedMembersRequest): the given rows, or when
 * {@code rowIds} is absent the next batch of matches not followed yet; {@code tagName} also puts
 * each of them under that private tag (created when missing).
 */
public record FollowImportedMembersRequest(
        @Size(min = 1, max = 500) List<@NotNull Long> rowIds,
        @Size(min = 1, max = 50) @SingleLine @Visible String tagName) {
}
