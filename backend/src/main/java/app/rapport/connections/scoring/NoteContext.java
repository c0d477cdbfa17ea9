package app.rapport.connections.scoring;

import java.util.List;

/**
 * What the scorer knows besides the note: who sends it, who receives it, and the sender's
 * recent notes to other people (already normalized, see {@link NoteScorer#normalize}).
 */
public record NoteContext(Person sender, Person recipient, List<String> senderRecentNotes) {

    /** A member as the scorer sees them; companies and titles include the career history. */
    public record Person(String displayName, String headline, String currentTitle, String currentCompany,
                         List<String> companies, List<String> titles) {
    }
}
