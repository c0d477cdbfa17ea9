package app.rapport.auth;

import app.rapport.common.CurrentMember;
import app.rapport.common.SessionOnly;
import io.quarkus.security.Authenticated;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** The signed-in member's password: change it, or confirm it before a sensitive act. */
@Path("/api/me")
@Authenticated
@SessionOnly
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class PasswordResource {

    private final PasswordService passwords;
    private final CurrentMember me;

    public PasswordResource(PasswordService passwords, CurrentMember me) {
        this.passwords = passwords;
        this.me = me;
    }

    @PUT
    @Path("/password")
    public void changePassword(@Valid @NotNull ChangePasswordRequest request) {
        passwords.change(me.id(), me.sessionId(), request);
    }

    @POST
    @Path("/reauthentication")
    public void reauthenticate(@Valid @NotNull PasswordCheckRequest request) {
        passwords.reauthenticate(me.id(), me.sessionId(), request);
    }
}
