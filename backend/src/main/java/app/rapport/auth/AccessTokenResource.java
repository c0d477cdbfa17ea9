package app.rapport.auth;

import app.rapport.common.CurrentMember;
import app.rapport.common.SessionOnly;
import app.rapport.common.idempotency.Idempotent;
import io.quarkus.security.Authenticated;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.jwt.JsonWebToken;

/** Personal access tokens for third-party clients, managed from a log-in session. */
@Path("/api/me/access-tokens")
@Authenticated
@SessionOnly
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class AccessTokenResource {

    private final AccessTokenService tokens;
    private final CurrentMember me;
    private final JsonWebToken jwt;

    public AccessTokenResource(AccessTokenService tokens, CurrentMember me, JsonWebToken jwt) {
        this.tokens = tokens;
        this.me = me;
        this.jwt = jwt;
    }

    @GET
    public AccessTokenList listAccessTokens() {
        return tokens.list(me.id());
    }

    @POST
    @Idempotent
    public Response createAccessToken(@Valid @NotNull CreateAccessTokenRequest request) {
        return Response.status(Response.Status.CREATED)
                .entity(tokens.create(me.id(), me.sessionId(), jwt.getName(), request)).build();
    }

    @DELETE
    @Path("/{tokenId}")
    public void revokeAccessToken(@PathParam("tokenId") long tokenId) {
        tokens.revoke(me.id(), tokenId);
    }
}
