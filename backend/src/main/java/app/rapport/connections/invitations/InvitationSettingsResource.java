package app.rapport.connections.invitations;

import app.rapport.common.CurrentMember;
import io.quarkus.security.Authenticated;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** How the signed-in member receives connection requests. */
@Path("/api/me/invitation-settings")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
public class InvitationSettingsResource {

    private final InvitationService invitations;
    private final CurrentMember me;

    public InvitationSettingsResource(InvitationService invitations, CurrentMember me) {
        this.invitations = invitations;
        this.me = me;
    }

    @GET
    public InvitationSettingsResponse getInvitationSettings() {
        return invitations.settings(me.id());
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    public InvitationSettingsResponse updateInvitationSettings(@Valid @NotNull UpdateInvitationSettingsRequest request) {
        return invitations.updateSettings(me.id(), request);
    }
}
