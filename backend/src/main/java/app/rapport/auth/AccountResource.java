package app.rapport.auth;

import io.vertx.core.http.HttpServerRequest;
import jakarta.annotation.security.PermitAll;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** Sign-up: creates an account and signs the new member in. */
@Path("/api/accounts")
@PermitAll
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class AccountResource {

    private final AuthService auth;
    private final HttpServerRequest http;

    public AccountResource(AuthService auth, HttpServerRequest http) {
        this.auth = auth;
        this.http = http;
    }

    @POST
    public Response signUp(@Valid @NotNull SignUpRequest request) {
        return Response.status(Response.Status.CREATED).entity(auth.signUp(request, ClientInfo.of(http))).build();
    }
}
