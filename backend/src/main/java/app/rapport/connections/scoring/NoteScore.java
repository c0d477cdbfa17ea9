package app.rapport.connections.scoring;

import java.util.List;
import java.util.Map;

/**
 * A note's personalization score (0–100), its verdict, the reasons behind it, and for each
 * reason the words that earned it (none for reasons about the whole note).
 */
public record NoteScore(int score, NoteVerdict verdict, List<ScoreReason> reasons, String normalizedNote,
                        Map<ScoreReason, List<Evidence>> evidence) {

    public NoteScore(int score, NoteVerdict verdict, List<ScoreReason> reasons, String normalizedNote) {
        this(score, verdict, reasons, normalizedNote, Map.of());
    }

    /** The words behind one reason (empty when it is about the note as a whole). */
    public List<Evidence> evidenceFor(ScoreReason reason) {
        return evidence.getOrDefault(reason, List.of());
    }
}
