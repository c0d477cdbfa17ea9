package app.rapport.inbox;

import app.rapport.common.CurrentMember;
import app.rapport.common.Page;
import app.rapport.common.PageRequest;
import app.rapport.common.ProblemException;
import io.quarkus.security.Authenticated;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

/** The one inbox: items newest activity first, unread counts, marking read. */
@Path("/api/inbox")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class InboxResource {

    private final InboxService inbox;
    private final CurrentMember me;

    public InboxResource(InboxService inbox, CurrentMember me) {
        this.inbox = inbox;
        this.me = me;
    }

    @GET
    public Page<InboxItem> listInbox(@QueryParam("kind") String kind, @QueryParam("unread") String unread,
                                     @QueryParam("cursor") String cursor, @QueryParam("limit") String limit) {
        return inbox.list(me.id(), parseKind(kind), parseBoolean(unread), PageRequest.of(cursor, limit));
    }

    @GET
    @Path("/counts")
    public InboxCounts getInboxCounts() {
        return inbox.counts(me.id());
    }

    @POST
    @Path("/read")
    public InboxCounts markInboxRead(@NotNull MarkInboxReadRequest request) {
        return inbox.markAllRead(me.id(), request.kind());
    }

    @POST
    @Path("/{itemId}/read")
    public InboxItem markInboxItemRead(@PathParam("itemId") long itemId) {
        return inbox.markRead(me.id(), itemId);
    }

    private static InboxKind parseKind(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return InboxKind.valueOf(value.trim());
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalidField("kind", "must be one of " + java.util.Arrays.toString(InboxKind.values()));
        }
    }

    private static boolean parseBoolean(String value) {
        if (value == null || value.isBlank()) {
            return false;
        }
        return switch (value.trim()) {
            case "true" -> true;
            case "false" -> false;
            default -> throw ProblemException.invalidField("unread", "must be true or false");
        };
    }
}
