package app.rapport.connections.invitations;

import jakarta.validation.constraints.NotNull;

/** New invitation settings (schema UpdateInvitationSettingsRequest). */
public record UpdateInvitationSettingsRequest(@NotNull InvitationPolicy invitationPolicy,
                                              @NotNull Boolean autoFollowGeneric) {
}
