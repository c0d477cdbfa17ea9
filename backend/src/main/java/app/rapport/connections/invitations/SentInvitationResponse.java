package app.rapport.connections.invitations;

import app.rapport.connections.scoring.NoteVerdict;
import app.rapport.profiles.ProfileSummary;
import java.time.Instant;

/** A connection request as its sender sees it (schema SentInvitationResponse). */
public record SentInvitationResponse(long id, ProfileSummary recipient, String note, int score, NoteVerdict verdict,
                                     SentInvitationStatus status, Instant createdAt) {
}
