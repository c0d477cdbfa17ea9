package app.rapport.connections.invitations;

import app.rapport.common.text.Visible;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** Optional body of an accept: a personal reply that opens the conversation with the new connection. */
public record AcceptInvitationRequest(
        @Size(min = 1, max = 8000) @Pattern(regexp = "(?s).*\\S.*", message = "must not be blank") @Visible String message) {
}
