package app.rapport.connections.invitations;

/** How the signed-in member receives requests (schema InvitationSettingsResponse). */
public record InvitationSettingsResponse(InvitationPolicy invitationPolicy, boolean autoFollowGeneric) {

    static InvitationSettingsResponse from(InvitationSettings s) {
        return new InvitationSettingsResponse(s.invitationPolicy, s.autoFollowGeneric);
    }
}
