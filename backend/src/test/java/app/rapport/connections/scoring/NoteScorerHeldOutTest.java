package app.rapport.connections.scoring;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A second labelled table, written after the scorer was tuned and never used to tune it, with a
 * different sender and recipient: the honest measure of how the scorer does on notes it has
 * not seen. Its accuracy is printed; the bar is lower than on the tuning table on purpose.
 */
class NoteScorerHeldOutTest {

    private static final NoteContext CONTEXT = new NoteContext(
            new NoteContext.Person("Kenji Watanabe", "Product manager, logistics", "Product Manager", "Flexport",
                    List.of("Flexport", "Maersk"), List.of("Product Manager", "Business Analyst")),
            new NoteContext.Person("Olivia Brown", "Journalist covering the future of work", "Senior Reporter",
                    "The Daily Ledger", List.of("The Daily Ledger", "Metro News"), List.of("Senior Reporter", "Reporter")),
            List.of());

    private record Labelled(String note, NoteVerdict expected) {
    }

    private static final List<Labelled> TABLE = List.of(
            new Labelled("Hi Olivia, I'd love to connect with you here.", NoteVerdict.GENERIC),
            new Labelled("Hello! I'm growing my network and would be glad to have you in it.", NoteVerdict.GENERIC),
            new Labelled("Olivia, we seem to share several contacts; happy to connect.", NoteVerdict.GENERIC),
            new Labelled("Good morning, please add me to your network.", NoteVerdict.GENERIC),
            new Labelled("Hope all is well. Looking forward to connecting!", NoteVerdict.GENERIC),
            new Labelled("I'd like to join your professional network on Rapport.", NoteVerdict.GENERIC),
            new Labelled("Hi there, always great to connect with people in media. Cheers", NoteVerdict.GENERIC),
            new Labelled("Let's connect and grow together!", NoteVerdict.GENERIC),
            new Labelled("Dear Olivia, I am expanding my network and thought of you.", NoteVerdict.GENERIC),
            new Labelled("Hi Olivia. Connecting with interesting people. Thanks.", NoteVerdict.GENERIC),
            new Labelled("Olivia, your Daily Ledger piece on four-day weeks in warehouses matched what we see at "
                    + "Flexport; happy to share our shift data if useful.", NoteVerdict.PERSONAL),
            new Labelled("We met at the Future of Work summit in Rotterdam where you moderated the automation "
                    + "panel. I was the one asking about port crane operators.", NoteVerdict.PERSONAL),
            new Labelled("I read your Metro News series on gig couriers back in 2019 and still cite it in our "
                    + "driver onboarding.", NoteVerdict.PERSONAL),
            new Labelled("Hi Olivia, I'm a product manager at Flexport working on dock scheduling; you asked "
                    + "on your last article for sources on night-shift work, and I can help.", NoteVerdict.PERSONAL),
            new Labelled("Your reporting on remote work burnout made our team change its meeting policy. "
                    + "Thank you for writing it.", NoteVerdict.PERSONAL),
            new Labelled("Olivia, Sam Ortiz from your newsroom said you are covering logistics automation next "
                    + "quarter and suggested we talk.", NoteVerdict.PERSONAL),
            new Labelled("Congratulations on becoming Senior Reporter at The Daily Ledger! Your interview "
                    + "with the dockworkers' union was superb.", NoteVerdict.PERSONAL),
            new Labelled("We were both at Maersk's press day in Copenhagen last spring; I was the PM who showed "
                    + "the container tracking demo.", NoteVerdict.PERSONAL),
            new Labelled("Loved your newsletter issue on why hybrid schedules fail in shift work; the "
                    + "warehouse example is exactly our problem.", NoteVerdict.PERSONAL),
            new Labelled("Hi Olivia, I teach an evening course on supply chains and assign your article on "
                    + "truckers' sleep rules every term.", NoteVerdict.PERSONAL));

    private final NoteScorer scorer = new NoteScorer();

    @Test
    void heldOutTable_isClassifiedWithAtLeast80PercentAccuracy() {
        int right = 0;
        List<String> wrong = new ArrayList<>();
        for (Labelled l : TABLE) {
            NoteScore s = scorer.score(l.note(), CONTEXT);
            if (s.verdict() == l.expected()) {
                right++;
            } else {
                wrong.add(s.score() + " " + s.reasons() + " expected " + l.expected() + ": " + l.note());
            }
        }
        double accuracy = (double) right / TABLE.size();
        System.out.printf("Note scorer accuracy on the held-out table: %d/%d = %.1f%%%n", right, TABLE.size(),
                accuracy * 100);
        wrong.forEach(w -> System.out.println("  misclassified: " + w));
        assertTrue(accuracy >= 0.8, "accuracy " + accuracy + "; misclassified: " + wrong);
    }
}
