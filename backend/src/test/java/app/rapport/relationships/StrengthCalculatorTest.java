package app.rapport.relationships.strength;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class StrengthCalculatorTest {

    static final Instant NOW = Instant.parse("2026-12-01T12:00:00Z");

    static RelationshipSignals signals(Duration connectedAgo, RelationshipSignals.MetVia via, Duration lastAgo,
                                       int fromMe, int toMe, int notes) {
        return new RelationshipSignals(NOW.minus(connectedAgo), via, null, "Bea", lastAgo == null ? null : NOW.minus(lastAgo),
                lastAgo == null ? null : "MESSAGE_SENT", fromMe, toMe, 0, 0, notes,
                fromMe > 0 ? NOW.minus(lastAgo) : null, toMe > 0 ? NOW.minus(lastAgo) : null);
    }

    @Test
    void frequentRecentTwoWayContact_isStrong_andTheScoreIsTheSumOfTheReasons() {
        RelationshipStrength s = StrengthCalculator.strength(
                signals(Duration.ofDays(800), RelationshipSignals.MetVia.INTRODUCED, Duration.ofDays(3), 30, 25, 2), "Carl", NOW);
        assertEquals(StrengthLevel.STRONG, s.level());
        assertEquals(100, s.score()); // 40 + 25 + 15 + 10 + 10, clamped
        assertTrue(s.reasons().stream().anyMatch(r -> r.explanation().equals("You were introduced by Bea.")));
    }

    @Test
    void neverInteracted_isWeak_andSaysSo() {
        RelationshipStrength s = StrengthCalculator.strength(
                signals(Duration.ofDays(2000), null, null, 0, 0, 0), "Carl", NOW);
        assertEquals(0, s.score());
        assertEquals(StrengthLevel.WEAK, s.level());
        assertEquals(StrengthReason.NO_INTERACTION, s.reasons().get(0).code());
        assertTrue(s.reasons().get(0).explanation().contains("Carl"));
    }

    @Test
    void recencyDecays_inSteps() {
        int[] expected = {40, 30, 20, 10, 0};
        long[] days = {10, 60, 200, 600, 1000};
        for (int i = 0; i < days.length; i++) {
            RelationshipStrength s = StrengthCalculator.strength(
                    signals(Duration.ofDays(3000), null, Duration.ofDays(days[i]), 0, 0, 1), "Carl", NOW);
            int recency = s.reasons().stream().filter(r -> r.code() == StrengthReason.RECENT_INTERACTION)
                    .mapToInt(StrengthReasonResponse::points).sum();
            assertEquals(expected[i], recency, "after " + days[i] + " days");
        }
    }

    @Test
    void oneWayContact_countsLessThanTwoWay() {
        int oneWay = StrengthCalculator.strength(signals(Duration.ofDays(400), null, Duration.ofDays(5), 10, 0, 0), "C", NOW).score();
        int twoWay = StrengthCalculator.strength(signals(Duration.ofDays(400), null, Duration.ofDays(5), 5, 5, 0), "C", NOW).score();
        assertTrue(twoWay > oneWay, twoWay + " vs " + oneWay);
    }

    @Test
    void spans_readLikePeopleSpeak() {
        assertEquals("3 weeks", Spans.of(Duration.ofDays(21)));
        assertEquals("1 day", Spans.of(Duration.ofDays(1)));
        assertEquals("4 years", Spans.of(Duration.ofDays(4 * 365 + 10)));
        assertEquals("5 months", Spans.of(Duration.ofDays(150)));
    }
}
