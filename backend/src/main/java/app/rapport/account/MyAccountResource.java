package app.rapport.account;

import app.rapport.auth.PasswordCheckRequest;
import app.rapport.common.CurrentMember;
import app.rapport.common.SessionOnly;
import io.quarkus.security.Authenticated;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.time.ZoneOffset;

/** Download all my data, or delete my account: only from a log-in session, never with an access token. */
@Path("/api/me")
@Authenticated
@SessionOnly
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class MyAccountResource {

    private final AccountService accounts;
    private final CurrentMember me;

    public MyAccountResource(AccountService accounts, CurrentMember me) {
        this.accounts = accounts;
        this.me = me;
    }

    @GET
    @Path("/export")
    public Response exportMyData() {
        me.sessionId();
        return Response.ok(accounts.export(me.id()))
                .header("Content-Disposition", "attachment; filename=\"rapport-data-"
                        + LocalDate.now(ZoneOffset.UTC) + ".json\"")
                .build();
    }

    @POST
    @Path("/deletion")
    public void deleteMyAccount(@Valid @NotNull PasswordCheckRequest request) {
        me.sessionId();
        accounts.delete(me.id(), request);
    }
}
