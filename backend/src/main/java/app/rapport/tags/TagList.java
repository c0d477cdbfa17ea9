package app.rapport.tags;

import java.util.List;

/** All your tags, by name; bounded by the per-member cap (schema TagList). */
public record TagList(List<TagResponse> items) {
}
