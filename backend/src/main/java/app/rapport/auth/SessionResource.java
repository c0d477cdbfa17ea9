package app.rapport.auth;

import app.rapport.common.CurrentMember;
import app.rapport.common.SessionOnly;
import io.quarkus.security.Authenticated;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** The signed-in member's log-in sessions: see them, end one, end the others, log out. */
@Path("/api/me/sessions")
@Authenticated
@SessionOnly
@Produces(MediaType.APPLICATION_JSON)
public class SessionResource {

    private final SessionService sessions;
    private final CurrentMember me;

    public SessionResource(SessionService sessions, CurrentMember me) {
        this.sessions = sessions;
        this.me = me;
    }

    @GET
    public SessionList listSessions() {
        return sessions.list(me.id(), me.sessionId());
    }

    @DELETE
    @Path("/{sessionId}")
    public void endSession(@PathParam("sessionId") long sessionId) {
        me.sessionId();
        sessions.end(me.id(), sessionId);
    }

    @POST
    @Path("/end-others")
    public void endOtherSessions() {
        sessions.endOthers(me.id(), me.sessionId());
    }

    @POST
    @Path("/current/end")
    public void logOut() {
        sessions.end(me.id(), me.sessionId());
    }
}
