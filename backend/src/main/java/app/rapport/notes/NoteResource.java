package app.rapport.notes;

import app.rapport.common.CurrentMember;
import app.rapport.common.Page;
import app.rapport.common.PageRequest;
import app.rapport.common.idempotency.Idempotent;
import io.quarkus.security.Authenticated;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** Private notes on contacts. */
@Path("/api")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class NoteResource {

    private final NoteService notes;
    private final CurrentMember me;

    public NoteResource(NoteService notes, CurrentMember me) {
        this.notes = notes;
        this.me = me;
    }

    @GET
    @Path("/members/{memberId}/notes")
    public Page<NoteResponse> listNotes(@PathParam("memberId") long memberId, @QueryParam("cursor") String cursor,
                                        @QueryParam("limit") String limit) {
        return notes.list(me.id(), memberId, PageRequest.of(cursor, limit));
    }

    @POST
    @Path("/members/{memberId}/notes")
    @Idempotent
    public Response createNote(@PathParam("memberId") long memberId, @Valid @NotNull CreateNoteRequest request) {
        return Response.status(Response.Status.CREATED).entity(notes.create(me.id(), memberId, request)).build();
    }

    @PATCH
    @Path("/notes/{noteId}")
    public NoteResponse updateNote(@PathParam("noteId") long noteId, @Valid @NotNull UpdateNoteRequest request) {
        return notes.update(me.id(), noteId, request);
    }

    @DELETE
    @Path("/notes/{noteId}")
    public void deleteNote(@PathParam("noteId") long noteId) {
        notes.delete(me.id(), noteId);
    }
}
