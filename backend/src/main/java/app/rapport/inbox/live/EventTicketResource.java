package app.rapport.inbox.live;

import app.rapport.common.CurrentMember;
import app.rapport.common.idempotency.Idempotent;
import io.quarkus.security.Authenticated;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** Tickets that open the event stream from a browser. */
@Path("/api/me/event-tickets")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
public class EventTicketResource {

    private final EventTicketService tickets;
    private final CurrentMember me;

    public EventTicketResource(EventTicketService tickets, CurrentMember me) {
        this.tickets = tickets;
        this.me = me;
    }

    @POST
    @Idempotent
    public Response createEventTicket() {
        return Response.status(Response.Status.CREATED).entity(tickets.create(me.id())).build();
    }
}
