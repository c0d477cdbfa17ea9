package app.rapport.inbox;

/** Mark every item of a kind read, or every item when {@code kind} is absent. */
public record MarkInboxReadRequest(InboxKind kind) {
}
