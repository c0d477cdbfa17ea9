package app.rapport.contacts;

import java.time.Instant;
import java.time.LocalDate;

/** One of my private notes on a contact (schema ContactNote). */
public record ContactNote(long id, String text, LocalDate date, Instant createdAt, Instant updatedAt) {
}
