package app.rapport.connections.invitations;

import app.rapport.connections.scoring.NoteVerdict;
import app.rapport.profiles.ProfileSummary;
import java.time.Instant;

/**
 * A connection request as its sender sees it (schema SentInvitationResponse), with the cool-down a
 * withdrawal starts (so the app can say so before withdrawing) and, while it runs, its end.
 */
public record SentInvitationResponse(long id, ProfileSummary recipient, String note, int score, NoteVerdict verdict,
                                     SentInvitationStatus status, Instant createdAt, int coolDownDays,
                                     Instant canInviteAgainAt) {
}
