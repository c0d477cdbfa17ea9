package app.rapport.inbox.live;

import java.time.Instant;

/** A one-time ticket that opens my event stream from a browser (schema EventTicketResponse). */
public record EventTicketResponse(String ticket, Instant expiresAt) {
}
