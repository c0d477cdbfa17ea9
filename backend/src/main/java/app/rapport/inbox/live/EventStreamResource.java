package app.rapport.inbox.live;

import app.rapport.common.CurrentMember;
import app.rapport.common.ProblemException;
import io.smallrye.common.annotation.Blocking;
import io.vertx.core.http.HttpServerResponse;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.sse.Sse;
import jakarta.ws.rs.sse.SseEventSink;
import java.sql.SQLException;

/**
 * The signed-in member's live event stream (server-sent events). Browsers authenticate with a
 * one-time ticket (EventSource cannot send headers), other clients with the Authorization header.
 */
@Path("/api/me/events")
public class EventStreamResource {

    private final LiveEvents live;
    private final EventTicketService tickets;
    private final CurrentMember me;

    public EventStreamResource(LiveEvents live, EventTicketService tickets, CurrentMember me) {
        this.live = live;
        this.tickets = tickets;
        this.me = me;
    }

    @GET
    @Produces(MediaType.SERVER_SENT_EVENTS)
    @Blocking
    public void streamEvents(@QueryParam("ticket") String ticket, @QueryParam("lastEventId") String lastEventId,
                             @HeaderParam("Last-Event-ID") String lastEventHeader,
                             @Context SseEventSink sink, @Context Sse sse,
                             @Context HttpServerResponse response) throws SQLException {
        // parameters first: a refused request must not spend the one-time ticket
        Long after = parse(lastEventHeader != null && !lastEventHeader.isBlank() ? lastEventHeader : lastEventId);
        long memberId = ticket == null ? me.id() : tickets.redeem(ticket).orElseThrow(() -> new ProblemException(401,
                "Unauthorized", "TICKET_INVALID", "This stream ticket is unknown, used or expired; ask for a new one."));
        long[] start = live.start(memberId, after);
        live.open(memberId, start[0], start[1] == 1, sink, sse, response::headWritten);
    }

    private static Long parse(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            long id = Long.parseLong(value.trim());
            if (id < 0) {
                throw new NumberFormatException();
            }
            return id;
        } catch (NumberFormatException e) {
            throw ProblemException.invalidField("lastEventId", "must be the id of an event you received");
        }
    }
}
