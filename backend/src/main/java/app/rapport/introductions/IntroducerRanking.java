package app.rapport.introductions;

import app.rapport.profiles.ProfileSummary;
import app.rapport.relationships.strength.RelationshipSignals;
import app.rapport.relationships.strength.Spans;
import app.rapport.relationships.strength.StrengthCalculator;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * How likely a mutual connection is to make an introduction land, 0–100: a bit more than half
 * from my relationship with them (the strength of it, from my own signals only), the rest from
 * their visible relationship with the target (how long connected, time at the same company,
 * public comments and likes between them). Never anyone else's messages, notes or tags.
 */
final class IntroducerRanking {

    private IntroducerRanking() {
    }

    /** What is visible between the broker and the target. */
    record BrokerTarget(Instant connectedAt, int publicInteractions, String company, LocalDate from, LocalDate to) {
    }

    static IntroducerResponse rank(ProfileSummary broker, RelationshipSignals mine, BrokerTarget bt, String targetName,
                                   Instant now) {
        String b = broker.displayName();
        List<IntroducerReasonResponse> reasons = new ArrayList<>();
        if (mine.connectedAt() != null) {
            Duration with = Duration.between(mine.connectedAt(), now);
            if (with.toDays() >= 730) {
                reasons.add(reason(IntroducerReason.CONNECTED_LONG,
                        "You have been connected with " + b + " for " + Spans.of(with) + "."));
            } else if (with.toDays() < 90) {
                reasons.add(reason(IntroducerReason.RECENTLY_CONNECTED,
                        "You connected with " + b + " only " + Spans.of(with) + " ago."));
            }
        }
        if (mine.messages() > 0) {
            reasons.add(reason(IntroducerReason.OUR_MESSAGES,
                    "You and " + b + " have exchanged " + Spans.plural(mine.messages(), "message") + "."));
        }
        if (mine.notes() > 0) {
            reasons.add(reason(IntroducerReason.MY_NOTES, "You keep " + Spans.plural(mine.notes(), "note") + " on " + b + "."));
        }
        if (mine.publicInteractions() > 0) {
            reasons.add(reason(IntroducerReason.OUR_PUBLIC_INTERACTIONS, "You and " + b
                    + " have commented on or liked each other's posts " + times(mine.publicInteractions()) + "."));
        }
        if (mine.lastInteractionAt() == null) {
            reasons.add(reason(IntroducerReason.NO_INTERACTION, "You and " + b + " have never interacted on Rapport."));
        }

        int visible = 0;
        Duration together = Duration.between(bt.connectedAt(), now);
        if (together.toDays() >= 3 * 365) {
            visible += 35;
        } else if (together.toDays() >= 365) {
            visible += 25;
        } else if (together.toDays() >= 90) {
            visible += 15;
        } else {
            visible += 5;
            reasons.add(reason(IntroducerReason.BROKER_RECENTLY_CONNECTED,
                    b + " connected with " + targetName + " only " + Spans.of(together) + " ago."));
        }
        if (together.toDays() >= 365) {
            reasons.add(reason(IntroducerReason.BROKER_CONNECTED_LONG,
                    b + " has been connected with " + targetName + " for " + Spans.of(together) + "."));
        }
        if (bt.company() != null) {
            visible += 40;
            int fromYear = bt.from().getYear();
            int toYear = bt.to().getYear();
            reasons.add(reason(IntroducerReason.WORKED_TOGETHER, b + " and " + targetName + " both worked at "
                    + bt.company() + " (" + (fromYear == toYear ? String.valueOf(fromYear) : fromYear + "–" + toYear) + ")."));
        }
        if (bt.publicInteractions() > 0) {
            visible += Math.min(25, 5 * bt.publicInteractions());
            reasons.add(reason(IntroducerReason.BROKER_PUBLIC_INTERACTIONS, b + " and " + targetName
                    + " have commented on or liked each other's posts " + times(bt.publicInteractions()) + "."));
        }
        int myStrength = StrengthCalculator.strength(mine, b, now).score();
        int likelihood = (int) Math.round(0.55 * myStrength + 0.45 * Math.min(100, visible));
        return new IntroducerResponse(broker, Math.max(0, Math.min(100, likelihood)), List.copyOf(reasons));
    }

    private static String times(int n) {
        return n == 1 ? "once" : n == 2 ? "twice" : n + " times";
    }

    private static IntroducerReasonResponse reason(IntroducerReason code, String explanation) {
        boolean negative = code == IntroducerReason.RECENTLY_CONNECTED || code == IntroducerReason.NO_INTERACTION
                || code == IntroducerReason.BROKER_RECENTLY_CONNECTED;
        return new IntroducerReasonResponse(code, explanation, negative);
    }
}
