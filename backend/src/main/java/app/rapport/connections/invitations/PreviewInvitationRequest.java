package app.rapport.connections.invitations;

import app.rapport.common.text.Visible;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A draft note to score for a recipient before sending (schema PreviewInvitationRequest). */
public record PreviewInvitationRequest(@NotNull Long recipientId, @Size(max = 300) @Visible String note) {
}
