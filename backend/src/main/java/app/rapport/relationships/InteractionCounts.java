package app.rapport.relationships;

/** Interactions each way (messages, comments, likes) and my notes (schema InteractionCounts). */
public record InteractionCounts(int fromMe, int toMe, int notes) {
}
