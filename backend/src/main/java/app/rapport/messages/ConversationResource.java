package app.rapport.messages;

import app.rapport.common.CurrentMember;
import app.rapport.common.Page;
import app.rapport.common.PageRequest;
import app.rapport.common.ProblemException;
import app.rapport.common.idempotency.Idempotent;
import io.quarkus.security.Authenticated;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** Conversations and their messages. */
@Path("/api/conversations")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ConversationResource {

    private final ConversationService conversations;
    private final CurrentMember me;

    public ConversationResource(ConversationService conversations, CurrentMember me) {
        this.conversations = conversations;
        this.me = me;
    }

    @GET
    public Page<ConversationResponse> listConversations(@QueryParam("memberId") String memberId,
                                                        @QueryParam("cursor") String cursor,
                                                        @QueryParam("limit") String limit) {
        return conversations.list(me.id(), parseId("memberId", memberId), PageRequest.of(cursor, limit));
    }

    @POST
    @Idempotent
    public Response startConversation(@Valid @NotNull StartConversationRequest request) {
        return Response.status(Response.Status.CREATED).entity(conversations.start(me.id(), request)).build();
    }

    @GET
    @Path("/{conversationId}")
    public ConversationResponse getConversation(@PathParam("conversationId") long conversationId) {
        return conversations.get(me.id(), conversationId);
    }

    @GET
    @Path("/{conversationId}/messages")
    public Page<MessageResponse> listMessages(@PathParam("conversationId") long conversationId,
                                              @QueryParam("cursor") String cursor, @QueryParam("limit") String limit) {
        return conversations.messages(me.id(), conversationId, PageRequest.of(cursor, limit));
    }

    @POST
    @Path("/{conversationId}/messages")
    @Idempotent
    public Response sendMessage(@PathParam("conversationId") long conversationId,
                                @Valid @NotNull SendMessageRequest request) {
        return Response.status(Response.Status.CREATED)
                .entity(conversations.send(me.id(), conversationId, request)).build();
    }

    @POST
    @Path("/{conversationId}/read")
    public ConversationResponse markConversationRead(@PathParam("conversationId") long conversationId,
                                                     @Valid @NotNull MarkConversationReadRequest request) {
        return conversations.markRead(me.id(), conversationId, request.upToMessageId());
    }

    private static Long parseId(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Long.parseLong(value.trim());
        } catch (NumberFormatException e) {
            throw ProblemException.invalidField(field, "must be a member id");
        }
    }
}
