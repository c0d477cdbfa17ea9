package app.rapport.auth;

import app.rapport.common.ratelimit.RequestLimits;
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
    private final RequestLimits limits;
    private final HttpServerRequest http;

    public TokenResource(AuthService auth, RequestLimits limits, HttpServerRequest http) {
        this.auth = auth;
        this.limits = limits;
        this.http = http;
    }

    /** Counts the attempt against the account before any password is checked (the client IP is counted by the filter). */
    @POST
    public TokenResponse logIn(@Valid @NotNull LogInRequest request) {
        limits.logInAttempt(request.email());
        return auth.logIn(request, ClientInfo.of(http));
    }
}
