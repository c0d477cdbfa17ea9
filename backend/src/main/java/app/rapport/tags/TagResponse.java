package app.rapport.tags;

import java.time.Instant;

/** One of your tags and how many contacts it covers (schema TagResponse). */
public record TagResponse(long id, String name, long memberCount, Instant createdAt) {
}
