package app.rapport.connections.invitations;

import app.rapport.connections.scoring.ScoreReason;

/** One reason behind a note's score, with its explanation (schema ScoreReasonResponse). */
public record ScoreReasonResponse(ScoreReason code, String explanation, boolean negative) {

    static ScoreReasonResponse from(ScoreReason r) {
        return new ScoreReasonResponse(r, r.explanation(), r.negative());
    }
}
