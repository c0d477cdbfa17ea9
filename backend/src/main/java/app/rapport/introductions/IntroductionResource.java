package app.rapport.introductions;

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
import java.util.Arrays;

/** Introductions: ask, list by role, read one, and each party's transitions. */
@Path("/api/introductions")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
public class IntroductionResource {

    private final IntroductionService introductions;
    private final CurrentMember me;

    public IntroductionResource(IntroductionService introductions, CurrentMember me) {
        this.introductions = introductions;
        this.me = me;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Idempotent
    public Response requestIntroduction(@Valid @NotNull RequestIntroductionRequest request) {
        IntroductionService.Requested r = introductions.request(me.id(), request);
        return Response.status(r.created() ? Response.Status.CREATED : Response.Status.OK).entity(r.introduction()).build();
    }

    @GET
    public Page<IntroductionResponse> listIntroductions(@QueryParam("role") String role, @QueryParam("pending") String pending,
                                                        @QueryParam("cursor") String cursor, @QueryParam("limit") String limit) {
        return introductions.list(me.id(), parseRole(role), parsePending(pending), PageRequest.of(cursor, limit));
    }

    @GET
    @Path("/{introductionId}")
    public IntroductionResponse getIntroduction(@PathParam("introductionId") long introductionId) {
        return introductions.get(me.id(), introductionId);
    }

    @POST
    @Path("/{introductionId}/forward")
    @Consumes(MediaType.APPLICATION_JSON)
    public IntroductionResponse forwardIntroduction(@PathParam("introductionId") long introductionId,
                                                    @Valid @NotNull ForwardIntroductionRequest request) {
        return introductions.forward(me.id(), introductionId, request);
    }

    @POST
    @Path("/{introductionId}/decline")
    public IntroductionResponse declineIntroduction(@PathParam("introductionId") long introductionId) {
        return introductions.decline(me.id(), introductionId);
    }

    @POST
    @Path("/{introductionId}/accept")
    public IntroductionResponse acceptIntroduction(@PathParam("introductionId") long introductionId) {
        return introductions.accept(me.id(), introductionId);
    }

    @POST
    @Path("/{introductionId}/withdraw")
    public IntroductionResponse withdrawIntroduction(@PathParam("introductionId") long introductionId) {
        return introductions.withdraw(me.id(), introductionId);
    }

    private static IntroductionRole parseRole(String value) {
        if (value == null || value.isBlank()) {
            throw ProblemException.invalidField("role", "is required: one of " + Arrays.toString(IntroductionRole.values()));
        }
        try {
            return IntroductionRole.valueOf(value.trim());
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalidField("role", "must be one of " + Arrays.toString(IntroductionRole.values()));
        }
    }

    private static boolean parsePending(String value) {
        if (value == null || value.isBlank() || value.equals("false")) {
            return false;
        }
        if (value.equals("true")) {
            return true;
        }
        throw ProblemException.invalidField("pending", "must be true or false");
    }
}
