package app.rapport.connections.invitations;

import app.rapport.connections.scoring.NoteVerdict;
import java.time.Instant;
import java.util.List;

/**
 * A draft note's score for a recipient, and what the recipient's policy will do with it (schema
 * NoteScoreResponse): a nudge when a generic note goes to someone who asks for a personal one,
 * and the date a new request is possible while a cool-down runs, both before anyone sends.
 */
public record NoteScoreResponse(int score, NoteVerdict verdict, List<ScoreReasonResponse> reasons,
                                InvitationPolicy recipientPolicy, boolean noteRequired, String nudge,
                                Instant canInviteAgainAt, int noteMaxLength) {

    /** The most characters a note may have (LinkedIn's limit); longer notes are refused, never cut. */
    public static final int NOTE_MAX_LENGTH = 300;
}
