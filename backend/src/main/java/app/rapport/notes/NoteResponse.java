package app.rapport.notes;

import java.time.Instant;
import java.time.LocalDate;

/** A private note as its author sees it (schema NoteResponse). */
public record NoteResponse(long id, long memberId, String text, LocalDate date, Instant createdAt, Instant updatedAt) {

    static NoteResponse from(Note n) {
        return new NoteResponse(n.id, n.memberId, n.text, n.date, n.createdAt, n.updatedAt);
    }
}
