package app.rapport.connections.scoring;

import java.util.List;

/** A note's personalization score (0–100), its verdict and the reasons behind it. */
public record NoteScore(int score, NoteVerdict verdict, List<ScoreReason> reasons, String normalizedNote) {
}
