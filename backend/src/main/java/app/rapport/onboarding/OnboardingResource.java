package app.rapport.onboarding;

import app.rapport.common.CurrentMember;
import app.rapport.common.Page;
import app.rapport.common.PageRequest;
import io.quarkus.security.Authenticated;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

/** A new member's guided start: profile strength, next step, and people to follow with why. */
@Path("/api/me")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
public class OnboardingResource {

    private final OnboardingService onboarding;
    private final CurrentMember me;

    public OnboardingResource(OnboardingService onboarding, CurrentMember me) {
        this.onboarding = onboarding;
        this.me = me;
    }

    @GET
    @Path("/onboarding")
    public OnboardingResponse getOnboarding() {
        return onboarding.progress(me.id());
    }

    @GET
    @Path("/follow-suggestions")
    public Page<FollowSuggestionResponse> listFollowSuggestions(@QueryParam("cursor") String cursor,
                                                                @QueryParam("limit") String limit) {
        return onboarding.suggestions(me.id(), PageRequest.of(cursor, limit));
    }
}
