package app.rapport.connections.invitations;

import app.rapport.common.text.Visible;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A connection request to send (schema SendInvitationRequest). */
public record SendInvitationRequest(@NotNull Long recipientId, @Size(max = 300) @Visible String note) {
}
