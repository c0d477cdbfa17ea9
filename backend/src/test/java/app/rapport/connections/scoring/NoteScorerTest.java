package app.rapport.connections.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The note scorer on its own: a labelled table of real-looking notes, plus the single rules. */
class NoteScorerTest {

    private static final NoteContext.Person MARIA = new NoteContext.Person("Maria Gonzalez",
            "Payments infrastructure · Distributed systems · ex-Square", "Staff Engineer", "Stripe",
            List.of("Stripe", "Square"), List.of("Staff Engineer", "Senior Software Engineer"));
    private static final NoteContext.Person TOM = new NoteContext.Person("Tom Becker",
            "Engineering manager, checkout", "Engineering Manager", "Shopify",
            List.of("Shopify", "Square"), List.of("Engineering Manager", "Software Engineer"));
    private static final NoteContext CONTEXT = new NoteContext(TOM, MARIA, List.of());

    private final NoteScorer scorer = new NoteScorer();

    private record Labelled(String note, NoteVerdict expected) {
    }

    private static final List<Labelled> TABLE = List.of(
            // generic: templates, with names swapped and small edits
            g("I'd like to add you to my professional network."),
            g("Hi Maria, I'd like to add you to my professional network on Rapport."),
            g("Hello Maria - I would like to add you to my professional network"),
            g("Hi Maria! We have some mutual contacts here and I'd like to connect."),
            g("We have a few mutual contacts and I would like to connect with you."),
            g("I'm looking to expand my network."),
            g("Hi, I am looking to expand my professional network and would love to connect with you!"),
            g("Hi Maria, I came across your profile and would love to connect."),
            g("Came across your profile, thought it would be great to connect"),
            g("Let's connect!"),
            g("Hi Maria, hope you're doing well. I would like to connect with you."),
            g("Your profile is very impressive and I'd love to connect."),
            g("Please accept my invitation to connect. Thanks, Tom"),
            g("I'm always looking to connect with like-minded professionals. Let's connect!"),
            g("Hello Maria, I am reaching out to connect with professionals in my industry."),
            g("Would love to connect and explore potential synergies between us."),
            g("Hi Maria, I noticed we have a lot in common professionally. Let's connect!"),
            g("Dear Maria, I would like to invite you to join my professional network."),
            g("Hey Maria! Would you like to connect?"),
            g("Connect?"),
            g("Hi"),
            g("Great to see another professional in the industry, let's connect and share ideas."),
            g("I help companies like yours grow. Let's connect and explore how we can help each other."),
            g("Hello, I hope this message finds you well. I would like to connect with you."),
            // personal: the recipient's work, shared history, specific context
            p("Hi Maria, I enjoyed your talk at QCon London on idempotency keys in payment APIs. We are rebuilding retries at Shopify and would love to compare notes."),
            p("Maria, we overlapped at Square in 2018 (I was on the Cash App card team). Saw you moved to Stripe, congrats! Would be great to reconnect."),
            p("We met at the Stripe Sessions happy hour last week and talked about ledger reconciliation. Let's keep the conversation going."),
            p("Your post on exactly-once delivery in payment pipelines was the clearest explanation I've read. Mind if I connect?"),
            p("Hi Maria, I'm hiring a staff engineer for checkout reliability at Shopify and your payments infrastructure background stands out. Open to a chat?"),
            p("Loved your article about migrating Stripe's ledger to a new storage engine, especially the part on dual writes."),
            p("Thanks again for reviewing my PR to the open-source Kafka connector last month, your comments on backpressure were spot on."),
            p("Maria, Priya Nair suggested I reach out: she said you know the most about 3DS2 authentication flows at Stripe."),
            p("We were both on the panel about fintech resilience at Money20/20 in Amsterdam. It was fun disagreeing with you about retries!"),
            p("I'm a Square alum too (seller payments, 2016-2019). Would love to hear how the Stripe infrastructure team handles on-call."),
            p("Saw your keynote at PyCon Berlin on distributed tracing in payment systems and tried your sampling trick the next day. It worked!"),
            p("Hi Maria, you mentioned in your podcast interview that Stripe is hiring for payments infrastructure in Dublin. I'd love to learn more."),
            p("We chatted at the Women in Tech breakfast in Seattle about mentoring junior engineers. Would love to stay in touch."),
            p("Your team at Stripe built the dispute API we integrate with at Shopify; I'd love to send feedback from our merchants directly."),
            p("As a fellow staff engineer working on distributed systems I found your write-up on Raft leader leases super useful for our Postgres failover."),
            p("Hi Maria — Jamal from the Recurse Center batch of Fall 2015 here. Just found you again on Rapport, great to see what you've built since."),
            p("I'm writing my master's thesis at TU Munich on fraud detection latency and your 2022 paper with Adyen was a key reference."),
            p("Hi Maria, I worked with you on the Square Capital launch back in 2017 and I still use your runbook template."),
            p("Congrats on the promotion to Staff Engineer! Your work on Stripe's payment retries has been a big inspiration for our team."),
            p("We sat next to each other at the Strange Loop closing keynote in St. Louis and you recommended Designing Data-Intensive Applications. Finished it!"));

    private static Labelled g(String note) {
        return new Labelled(note, NoteVerdict.GENERIC);
    }

    private static Labelled p(String note) {
        return new Labelled(note, NoteVerdict.PERSONAL);
    }

    @Test
    void labelledTable_isClassifiedWithAtLeast90PercentAccuracy() {
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
        System.out.printf("Note scorer accuracy: %d/%d = %.1f%%%n", right, TABLE.size(), accuracy * 100);
        wrong.forEach(w -> System.out.println("  misclassified: " + w));
        assertTrue(TABLE.size() >= 40);
        assertEquals(TABLE.size() / 2, TABLE.stream().filter(l -> l.expected() == NoteVerdict.GENERIC).count(), 2);
        assertTrue(accuracy >= 0.9, "accuracy " + accuracy);
    }

    @Test
    void emptyNote_scoresZeroWithNoNote() {
        NoteScore s = scorer.score("  ", CONTEXT);
        assertEquals(0, s.score());
        assertEquals(NoteVerdict.GENERIC, s.verdict());
        assertEquals(List.of(ScoreReason.NO_NOTE), s.reasons());
    }

    @Test
    void templateWithNamesSwapped_isStillGenericTemplate() {
        NoteContext other = new NoteContext(
                new NoteContext.Person("Ravi Shankar", null, null, null, List.of(), List.of()),
                new NoteContext.Person("Jean-Luc Picard", null, null, null, List.of(), List.of()), List.of());
        NoteScore s = scorer.score("Hi Jean-Luc, I'd like to add you to my professional network! Ravi", other);
        assertTrue(s.reasons().contains(ScoreReason.GENERIC_TEMPLATE), s.reasons().toString());
        assertEquals(NoteVerdict.GENERIC, s.verdict());
    }

    @Test
    void shortNote_isTooShort() {
        assertTrue(scorer.score("Hi Maria, connect?", CONTEXT).reasons().contains(ScoreReason.TOO_SHORT));
    }

    @Test
    void referenceToRecipientsCompanyAndSharedEmployer_areRewarded() {
        NoteScore s = scorer.score("Hi Maria, I was at Square too before Shopify; curious how Stripe runs payments on-call.",
                CONTEXT);
        assertTrue(s.reasons().contains(ScoreReason.MENTIONS_RECIPIENT));
        assertTrue(s.reasons().contains(ScoreReason.MENTIONS_RECIPIENT_WORK));
        assertTrue(s.reasons().contains(ScoreReason.MENTIONS_SHARED_CONTEXT));
        assertEquals(NoteVerdict.PERSONAL, s.verdict());
    }

    @Test
    void sameNotePastedToSeveralPeople_isPastedToMany() {
        String note = "Your work on payments infrastructure is great, would love to talk about our new fraud product.";
        String toAnna = NoteScorer.normalize("Anna, your work on payments infrastructure is great, would love to talk about our new fraud product.",
                "Tom Becker", "Anna Smith").replace("anna", NoteScorer.RECIPIENT);
        String toBen = NoteScorer.normalize(note + "!", "Tom Becker", "Ben Ode");
        NoteContext pasted = new NoteContext(TOM, MARIA, List.of(toAnna, toBen));
        NoteScore s = scorer.score(note, pasted);
        assertTrue(s.reasons().contains(ScoreReason.PASTED_TO_MANY), s.reasons().toString());
        assertEquals(NoteVerdict.GENERIC, s.verdict());
        assertFalse(scorer.score(note, new NoteContext(TOM, MARIA, List.of(toAnna))).reasons()
                .contains(ScoreReason.PASTED_TO_MANY));
    }

    @Test
    void pitchOpening_isGeneric_evenWhenItNamesTheRecipientAndTheirCompany() {
        for (String pitch : List.of(
                "Hi Maria, I help payments teams at companies like Stripe cut chargebacks in half. Do you have 15 minutes "
                        + "next week for a quick call?",
                "Maria, congrats on your Staff Engineer role at Stripe! We offer a fraud scoring API built for payments "
                        + "infrastructure, would you like a demo?",
                "Hello Maria, who owns the budget for developer tooling at Stripe? I'd like to introduce our platform.")) {
            NoteScore s = scorer.score(pitch, CONTEXT);
            assertTrue(s.reasons().contains(ScoreReason.PITCH), s.reasons() + ": " + pitch);
            assertEquals(NoteVerdict.GENERIC, s.verdict(), pitch);
            assertTrue(s.score() <= NoteScorer.PITCH_CEILING);
        }
        assertTrue(ScoreReason.PITCH.negative());
        assertTrue(ScoreReason.PITCH.explanation().contains("pitch"));
    }

    @Test
    void personalOpening_thatAsksForACallMuchLater_isNotAPitch() {
        NoteScore s = scorer.score("Hi Maria, we overlapped at Square in 2018 on the seller payments team, and I still "
                + "use the incident review format you introduced there after the big card outage that spring. If you ever "
                + "have time, a quick call to hear how Stripe runs on-call would make my week.", CONTEXT);
        assertFalse(s.reasons().contains(ScoreReason.PITCH), s.reasons().toString());
        assertEquals(NoteVerdict.PERSONAL, s.verdict());
    }

    @Test
    void pitchPhrases_areData_oneStrongOrTwoWeakOnesInTheOpening() {
        NoteScorer custom = new NoteScorer(List.of("Let's connect!"), List.of(), List.of("buy now", "~ cheap", "~ today"));
        assertTrue(custom.score("Hi Maria, buy now while our ledger migration kit is on sale for payments teams.", CONTEXT)
                .reasons().contains(ScoreReason.PITCH));
        assertFalse(custom.score("Hi Maria, cheap tricks rarely help payments teams scale their ledgers well.", CONTEXT)
                .reasons().contains(ScoreReason.PITCH));
        assertTrue(custom.score("Hi Maria, cheap ledger migrations for payments teams, available today only.", CONTEXT)
                .reasons().contains(ScoreReason.PITCH));
    }

    @Test
    void normalize_replacesNamesAndStripsPunctuation() {
        assertEquals("hi rcpt id like to connect sndr",
                NoteScorer.normalize("Hi María González, I'd like to connect! — Tom", "Tom Becker", "Maria Gonzalez"));
    }

    @Test
    void oneSentenceRepeatedThreeTimes_scoresNoHigherThanSayingItOnce() {
        for (String sentence : List.of(
                "Hi Maria, I loved your QCon London talk on idempotency keys at Stripe.",
                "Maria, we overlapped at Square in 2018 and I still use your runbook.",
                "I'd like to add you to my professional network.",
                "Hi Maria, your payments work is great.")) {
            NoteScore once = scorer.score(sentence, CONTEXT);
            NoteScore thrice = scorer.score(sentence + " " + sentence + " " + sentence, CONTEXT);
            NoteScore twiceNoSpace = scorer.score(sentence + sentence, CONTEXT);
            assertTrue(thrice.score() <= once.score(), once.score() + " -> " + thrice.score() + ": " + sentence);
            assertTrue(twiceNoSpace.score() <= once.score(), once.score() + " -> " + twiceNoSpace.score());
        }
    }

    @Test
    void padding_neverRaisesTheScore() {
        String note = "Hi Maria, your payments talk was great.";
        int base = scorer.score(note, CONTEXT).score();
        for (String padded : List.of(
                note + " Hope you are doing well! Would love to connect. Looking forward to connecting with you.",
                note + " " + "really ".repeat(30).trim() + ".",
                note + "                                  !!!!!!!!!!!!!!! ...............",
                note + " Stripe Stripe Stripe Stripe Stripe.",
                note.replace("great", "great great great great great great great"),
                note + " I'd like to add you to my professional network. I'm looking to expand my network.")) {
            int score = scorer.score(padded, CONTEXT).score();
            assertTrue(score <= base + 20 && (score <= base || !padded.contains("Stripe")),
                    base + " -> " + score + ": " + padded);
        }
        // Saying the company many times is worth exactly what saying it once is.
        int once = scorer.score(note + " Stripe.", CONTEXT).score();
        assertEquals(once, scorer.score(note + " Stripe Stripe Stripe Stripe Stripe.", CONTEXT).score());
        for (String padded : List.of(
                note + " Hope you are doing well! Would love to connect. Looking forward to connecting with you.",
                note + " " + "really ".repeat(30).trim() + ".",
                note + "                                  !!!!!!!!!!!!!!! ...............",
                note.replace("great", "great great great great great great great"),
                note + " I'd like to add you to my professional network. I'm looking to expand my network.")) {
            int score = scorer.score(padded, CONTEXT).score();
            assertTrue(score <= base, base + " -> " + score + ": " + padded);
        }
    }

    @Test
    void eachReason_pointsAtTheWordsThatEarnedIt() {
        String note = "Hi Maria, we overlapped at Square in 2018 and I enjoyed your Stripe payments talk in Dublin.";
        NoteScore s = scorer.score(note, CONTEXT);
        List<Evidence> name = s.evidenceFor(ScoreReason.MENTIONS_RECIPIENT);
        assertEquals(1, name.size());
        assertEquals("Maria", note.substring(name.get(0).start(), name.get(0).end()));
        List<Evidence> work = s.evidenceFor(ScoreReason.MENTIONS_RECIPIENT_WORK);
        assertTrue(work.stream().anyMatch(e -> e.text().equals("Stripe") && e.matches().startsWith("their company")),
                work.toString());
        assertTrue(work.stream().anyMatch(e -> e.text().equals("payments") && e.matches().contains("headline")),
                work.toString());
        List<Evidence> shared = s.evidenceFor(ScoreReason.MENTIONS_SHARED_CONTEXT);
        assertTrue(shared.stream().anyMatch(e -> e.text().equals("Square")), shared.toString());
        List<Evidence> details = s.evidenceFor(ScoreReason.SPECIFIC_DETAILS);
        assertTrue(details.stream().anyMatch(e -> e.text().equals("2018")), details.toString());
        assertTrue(details.stream().anyMatch(e -> e.text().equals("Dublin")), details.toString());
        for (ScoreReason r : s.reasons()) {
            for (Evidence e : s.evidenceFor(r)) {
                assertEquals(e.text(), note.substring(e.start(), e.end()), r + " " + e);
            }
        }
    }

    @Test
    void aNoteThatDoesNotNameTheCompany_isNeverCreditedWithNamingIt() {
        String note = "Hi Maria, your writing on distributed payments infrastructure shaped how our team thinks.";
        NoteScore s = scorer.score(note, CONTEXT);
        assertTrue(s.reasons().contains(ScoreReason.MENTIONS_RECIPIENT_WORK), s.reasons().toString());
        List<Evidence> work = s.evidenceFor(ScoreReason.MENTIONS_RECIPIENT_WORK);
        assertFalse(work.isEmpty());
        assertTrue(work.stream().noneMatch(e -> e.matches().contains("company")), work.toString());
        assertTrue(work.stream().allMatch(e -> e.matches().contains("headline")), work.toString());
    }

    @Test
    void accentsAndNamesInTwoWords_keepTheirPlaceInTheNote() {
        String note = "Olá María González! Loved your Stripe post.";
        NoteScore s = scorer.score(note, CONTEXT);
        Evidence name = s.evidenceFor(ScoreReason.MENTIONS_RECIPIENT).get(0);
        assertEquals("María González", name.text());
        assertEquals(name.text(), note.substring(name.start(), name.end()));
    }
}
