package app.rapport.imports;

import java.time.Instant;

/**
 * Event: a member now matches a person of {@code importerId}'s imported contacts file who
 * waited for them (they joined, or their name or company now matches). Only the importer may be
 * told; the member never learns it.
 */
public record ImportedContactJoined(long importerId, long memberId, Instant at) {
}
