package app.rapport.tags;

import java.util.List;

/** All your saved tag views, by name; bounded by the per-member cap (schema TagViewList). */
public record TagViewList(List<TagViewResponse> items) {
}
