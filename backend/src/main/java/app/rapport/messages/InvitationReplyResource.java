package app.rapport.messages;

import app.rapport.common.CurrentMember;
import app.rapport.common.idempotency.Idempotent;
import io.quarkus.security.Authenticated;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** Replying inside a pending connection request sent to me, before deciding it. */
@Path("/api/invitations/{invitationId}/messages")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class InvitationReplyResource {

    private final ConversationService conversations;
    private final CurrentMember me;

    public InvitationReplyResource(ConversationService conversations, CurrentMember me) {
        this.conversations = conversations;
        this.me = me;
    }

    @POST
    @Idempotent
    public Response replyToInvitation(@PathParam("invitationId") long invitationId,
                                      @Valid @NotNull SendMessageRequest request) {
        return Response.status(Response.Status.CREATED)
                .entity(conversations.replyToInvitation(me.id(), invitationId, request)).build();
    }
}
