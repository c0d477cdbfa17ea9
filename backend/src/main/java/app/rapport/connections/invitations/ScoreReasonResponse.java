package app.rapport.connections.invitations;

import app.rapport.connections.scoring.Evidence;
import app.rapport.connections.scoring.ScoreReason;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * One reason behind a note's score, with its explanation and the words of the note that earned
 * it (schema ScoreReasonResponse). The explanation of "refers to their work" names only what
 * the note really names (their company, title, headline...).
 */
public record ScoreReasonResponse(ScoreReason code, String explanation, boolean negative, List<Evidence> evidence) {

    static ScoreReasonResponse from(ScoreReason r) {
        return from(r, List.of());
    }

    static ScoreReasonResponse from(ScoreReason r, List<Evidence> evidence) {
        String explanation = r.explanation();
        if (r == ScoreReason.MENTIONS_RECIPIENT_WORK && !evidence.isEmpty()) {
            Set<String> what = new LinkedHashSet<>();
            for (Evidence e : evidence) {
                String m = e.matches();
                what.add(m.startsWith("their past company") ? "a company they worked at"
                        : m.startsWith("their past title") ? "a title they held"
                        : m.startsWith("their company") ? "their company"
                        : m.startsWith("their title") ? "their title"
                        : "their headline");
            }
            explanation = "The note refers to " + join(List.copyOf(what)) + ".";
        }
        return new ScoreReasonResponse(r, explanation, r.negative(), List.copyOf(evidence));
    }

    private static String join(List<String> parts) {
        if (parts.size() == 1) {
            return parts.get(0);
        }
        return String.join(", ", parts.subList(0, parts.size() - 1)) + " and " + parts.get(parts.size() - 1);
    }
}
