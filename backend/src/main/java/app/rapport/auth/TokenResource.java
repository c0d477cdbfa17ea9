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

/** Log-in: exchanges an email and password for an access token. */
@Path("/api/tokens")
@PermitAll
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class TokenResource {

    private final AuthService auth;
    private final HttpServerRequest http;

    public TokenResource(AuthService auth, HttpServerRequest http) {
        this.auth = auth;
        this.http = http;
    }

    @POST
    public TokenResponse logIn(@Valid @NotNull LogInRequest request) {
        return auth.logIn(request, ClientInfo.of(http));
    }
}
