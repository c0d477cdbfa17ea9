package app.rapport.tags;

import java.util.List;

/** A checked selection of the caller's own tags: contacts under ANY/ALL of {@code tagIds}, minus {@code excludedTagIds}. */
public record TagSelection(TagView.Mode mode, List<Long> tagIds, List<Long> excludedTagIds) {
}
