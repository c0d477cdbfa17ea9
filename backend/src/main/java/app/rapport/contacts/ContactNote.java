package app.rapport.contacts;

import java.time.Instant;

/** One of my private notes on a contact (schema ContactNote). */
public record ContactNote(long id, String text, Instant createdAt, Instant updatedAt) {
}
