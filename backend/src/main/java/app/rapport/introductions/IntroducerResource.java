package app.rapport.introductions;

import app.rapport.common.CurrentMember;
import app.rapport.common.ProblemException;
import io.quarkus.security.Authenticated;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

/** Who could introduce me to a member, on their profile. */
@Path("/api/profiles/{handle}/introducers")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
public class IntroducerResource {

    private final IntroductionService introductions;
    private final CurrentMember me;

    public IntroducerResource(IntroductionService introductions, CurrentMember me) {
        this.introductions = introductions;
        this.me = me;
    }

    @GET
    public IntroducerList listIntroducers(@PathParam("handle") String handle, @QueryParam("limit") String limit) {
        return introductions.introducers(me.id(), handle, parseLimit(limit));
    }

    private static int parseLimit(String value) {
        if (value == null || value.isBlank()) {
            return 10;
        }
        try {
            int n = Integer.parseInt(value.trim());
            if (n >= 1 && n <= 20) {
                return n;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw ProblemException.invalidField("limit", "must be a whole number between 1 and 20");
    }
}
