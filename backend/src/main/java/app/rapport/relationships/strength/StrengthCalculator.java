package app.rapport.relationships.strength;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The strength of a relationship, 0–100, from what its owner can see: how recent the last
 * interaction is and how frequent interactions are (messages, comments and likes, both
 * directions, plus the owner's own notes), and how the two met. CRMs that score relationships
 * use the recency and frequency of email and meetings; this uses the interactions inside
 * Rapport. Every point comes with a reason, so the score is always explained: the score is
 * the sum of the reasons' points, clamped to 0–100.
 */
public final class StrengthCalculator {

    /** No interaction for this long counts against a relationship. */
    public static final Duration DORMANT = Duration.ofDays(730);

    private StrengthCalculator() {
    }

    public static RelationshipStrength strength(RelationshipSignals s, String otherName, Instant now) {
        List<StrengthReasonResponse> reasons = new ArrayList<>();
        Instant last = s.lastInteractionAt();
        if (last == null) {
            reasons.add(new StrengthReasonResponse(StrengthReason.NO_INTERACTION,
                    "You and " + otherName + " have never interacted on Rapport: no message, note, comment or like.", -10));
        } else {
            Duration ago = Duration.between(last, now);
            String when = "Your last interaction was " + Spans.of(ago) + " ago.";
            if (ago.compareTo(Duration.ofDays(30)) <= 0) {
                reasons.add(new StrengthReasonResponse(StrengthReason.RECENT_INTERACTION, when, 40));
            } else if (ago.compareTo(Duration.ofDays(90)) <= 0) {
                reasons.add(new StrengthReasonResponse(StrengthReason.RECENT_INTERACTION, when, 30));
            } else if (ago.compareTo(Duration.ofDays(365)) <= 0) {
                reasons.add(new StrengthReasonResponse(StrengthReason.RECENT_INTERACTION, when, 20));
            } else if (ago.compareTo(DORMANT) <= 0) {
                reasons.add(new StrengthReasonResponse(StrengthReason.RECENT_INTERACTION, when, 10));
            } else {
                reasons.add(new StrengthReasonResponse(StrengthReason.NO_RECENT_INTERACTION,
                        "No interaction between you for " + Spans.of(ago) + ".", -5));
            }
        }

        int total = s.fromMe() + s.toMe();
        if (total > 0) {
            Instant start = s.connectedAt() != null ? s.connectedAt() : earliest(s.lastFromMeAt(), s.lastToMeAt(), now);
            double years = Math.max(1.0, Duration.between(start, now).toDays() / 365.0);
            double perYear = total / years;
            int points = perYear >= 24 ? 25 : perYear >= 12 ? 18 : perYear >= 4 ? 10 : 0;
            if (points > 0) {
                reasons.add(new StrengthReasonResponse(StrengthReason.FREQUENT_INTERACTION,
                        Spans.plural(total, "interaction") + " between you (" + describe(s) + "), about "
                        + Math.round(perYear) + " a year.", points));
            }
            if (s.fromMe() > 0 && s.toMe() > 0) {
                reasons.add(new StrengthReasonResponse(StrengthReason.BOTH_DIRECTIONS,
                        "Interactions go both ways: " + s.fromMe() + " from you, " + s.toMe() + " from " + otherName + ".", 15));
            } else {
                reasons.add(new StrengthReasonResponse(StrengthReason.ONE_DIRECTION, s.fromMe() > 0
                        ? "Only you have reached out so far; " + otherName + " has not messaged, commented or liked yet."
                        : "Only " + otherName + " has reached out so far; you have not answered, commented or liked yet.", -5));
            }
        }
        if (s.notes() > 0) {
            reasons.add(new StrengthReasonResponse(StrengthReason.MY_NOTES,
                    "You keep " + Spans.plural(s.notes(), "note") + " on " + otherName + ".", Math.min(10, 5 * s.notes())));
        }

        if (s.metVia() == RelationshipSignals.MetVia.INTRODUCED) {
            reasons.add(new StrengthReasonResponse(StrengthReason.INTRODUCED, s.introducerName() == null
                    ? "You were introduced by a mutual connection." : "You were introduced by " + s.introducerName() + ".", 10));
        } else if (s.metVia() == RelationshipSignals.MetVia.MUTUAL_INVITATION) {
            reasons.add(new StrengthReasonResponse(StrengthReason.MUTUAL_INVITATION, "You invited each other.", 10));
        } else if (s.metVia() == RelationshipSignals.MetVia.OPEN_NETWORKER) {
            reasons.add(new StrengthReasonResponse(StrengthReason.OPEN_NETWORKER,
                    "The request was accepted automatically (open networker), not by a personal decision.", -5));
        } else if (Boolean.TRUE.equals(s.invitationPersonal())) {
            reasons.add(new StrengthReasonResponse(StrengthReason.PERSONAL_INVITATION, s.metVia() == RelationshipSignals.MetVia.INVITED_ME
                    ? otherName + "'s request to you had a personal note." : "Your request had a personal note.", 10));
        }

        if (s.connectedAt() != null && last != null && Duration.between(s.connectedAt(), now).toDays() >= 3 * 365) {
            reasons.add(new StrengthReasonResponse(StrengthReason.LONG_CONNECTION,
                    "You have been connected for " + Spans.since(s.connectedAt(), now) + " and still interact.", 5));
        }

        int score = Math.max(0, Math.min(100, reasons.stream().mapToInt(StrengthReasonResponse::points).sum()));
        return new RelationshipStrength(score, StrengthLevel.of(score), List.copyOf(reasons));
    }

    private static String describe(RelationshipSignals s) {
        List<String> parts = new ArrayList<>();
        if (s.messages() > 0) {
            parts.add(Spans.plural(s.messages(), "message"));
        }
        if (s.publicInteractions() > 0) {
            parts.add(Spans.plural(s.publicInteractions(), "comment or like").replace("comment or likes", "comments and likes"));
        }
        return String.join(", ", parts);
    }

    private static Instant earliest(Instant a, Instant b, Instant fallback) {
        if (a == null) {
            return b == null ? fallback : b;
        }
        return b == null || a.isBefore(b) ? a : b;
    }
}
