package app.rapport.relationships;

/** One of my private tags on a contact (schema ContactTag). */
public record ContactTag(long id, String name) {
}
