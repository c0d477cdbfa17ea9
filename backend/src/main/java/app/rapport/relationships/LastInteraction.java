package app.rapport.relationships;

import java.time.Instant;

/** The latest interaction between me and a contact (schema LastInteraction). */
public record LastInteraction(InteractionKind kind, Instant at) {
}
