package app.rapport.inbox.live;

/** {@code event: resync}: the events asked for are no longer kept; the client reloads (schema ResyncEvent). */
public record ResyncEvent(String reason) {
}
