package app.rapport.connections.invitations;

import app.rapport.connections.scoring.NoteVerdict;
import app.rapport.profiles.ProfileSummary;
import java.time.Instant;
import java.util.List;

/** A connection request as its recipient sees it (schema ReceivedInvitationResponse). */
public record ReceivedInvitationResponse(long id, ProfileSummary sender, String note, int score, NoteVerdict verdict,
                                         List<ScoreReasonResponse> reasons, InvitationState state,
                                         Instant createdAt, Instant decidedAt) {
}
