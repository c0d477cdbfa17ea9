package app.rapport.notes.search;

import app.rapport.profiles.ProfileSummary;
import java.time.Instant;
import java.util.List;

/** One note or message that matched a search (schema SearchResult). */
public record SearchResult(SearchResultKind kind, long id, ProfileSummary member, Long conversationId, boolean mine,
                           List<SnippetSegment> snippet, float rank, Instant createdAt) {
}
