package app.rapport.tags;

import java.time.Instant;
import java.util.List;

/** A saved tag view (schema TagViewResponse). */
public record TagViewResponse(long id, String name, TagView.Mode mode, List<Long> tagIds, List<Long> excludedTagIds,
                              Instant createdAt) {
}
