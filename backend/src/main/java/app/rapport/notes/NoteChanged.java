package app.rapport.notes;

import java.time.Instant;

/**
 * Event: {@code authorId} wrote ({@code written} true) or deleted a private note on
 * {@code memberId}, in the current transaction. The relationships feature counts it as an
 * interaction on the author's side only: a note is never anyone else's business.
 */
public record NoteChanged(long authorId, long memberId, boolean written, Instant at) {
}
