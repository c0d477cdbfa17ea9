package app.rapport.connections.invitations;

import app.rapport.common.CurrentMember;
import app.rapport.common.Page;
import app.rapport.common.PageRequest;
import app.rapport.common.ProblemException;
import app.rapport.common.idempotency.Idempotent;
import app.rapport.connections.scoring.NoteVerdict;
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

/** Connection requests: sending, previewing a note, deciding, withdrawing, listing. */
@Path("/api/invitations")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
public class InvitationResource {

    private final InvitationService invitations;
    private final CurrentMember me;

    public InvitationResource(InvitationService invitations, CurrentMember me) {
        this.invitations = invitations;
        this.me = me;
    }

    @POST
        @Consumes(MediaType.APPLICATION_JSON)
    @Idempotent
    public Response sendInvitation(@Valid @NotNull SendInvitationRequest request) {
        return Response.status(Response.Status.CREATED).entity(invitations.send(me.id(), request)).build();
    }

    @POST
    @Path("/preview")
    @Consumes(MediaType.APPLICATION_JSON)
    public NoteScoreResponse previewInvitation(@Valid @NotNull PreviewInvitationRequest request) {
        return invitations.preview(me.id(), request);
    }

    @GET
    @Path("/received")
    public Page<ReceivedInvitationResponse> listReceivedInvitations(@QueryParam("verdict") String verdict,
                                                                    @QueryParam("sort") String sort,
                                                                    @QueryParam("cursor") String cursor,
                                                                    @QueryParam("limit") String limit) {
        return invitations.received(me.id(), parse(NoteVerdict.class, "verdict", verdict),
                sort == null ? InvitationService.ReceivedSort.NEWEST
                        : parse(InvitationService.ReceivedSort.class, "sort", sort),
                PageRequest.of(cursor, limit));
    }

    @GET
    @Path("/sent")
    public Page<SentInvitationResponse> listSentInvitations(@QueryParam("cursor") String cursor,
                                                            @QueryParam("limit") String limit) {
        return invitations.sent(me.id(), PageRequest.of(cursor, limit));
    }

    @POST
    @Path("/{invitationId}/accept")
    @Idempotent
    public ReceivedInvitationResponse acceptInvitation(@PathParam("invitationId") long invitationId,
                                                       @Valid AcceptInvitationRequest request) {
        return invitations.accept(me.id(), invitationId, request == null ? null : request.message());
    }

    @POST
    @Path("/{invitationId}/make-follower")
    @Idempotent
    public ReceivedInvitationResponse makeFollower(@PathParam("invitationId") long invitationId) {
        return invitations.makeFollower(me.id(), invitationId);
    }

    @POST
    @Path("/{invitationId}/withdraw")
    public SentInvitationResponse withdrawInvitation(@PathParam("invitationId") long invitationId) {
        return invitations.withdraw(me.id(), invitationId);
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.trim());
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalidField(field, "must be one of " + java.util.Arrays.toString(type.getEnumConstants()));
        }
    }
}
