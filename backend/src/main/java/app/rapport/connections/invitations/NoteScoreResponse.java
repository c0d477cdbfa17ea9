package app.rapport.connections.invitations;

import app.rapport.connections.scoring.NoteVerdict;
import java.util.List;

/** A draft note's score for a recipient, and what the recipient's policy will do with it (schema NoteScoreResponse). */
public record NoteScoreResponse(int score, NoteVerdict verdict, List<ScoreReasonResponse> reasons,
                                InvitationPolicy recipientPolicy, boolean noteRequired) {
}
