package app.rapport.introductions;

import java.time.Instant;

/**
 * Event: an introduction was requested, forwarded, accepted, declined, withdrawn or cancelled
 * by a block, in the current transaction ({@code state} is the new one, {@code actorId} who
 * acted). The inbox observes it to tell the party whose turn it is, and the requester (and the
 * broker) of the outcome. {@code message} is the requester's, {@code brokerNote} the broker's.
 */
public record IntroductionChanged(long introductionId, long requesterId, long brokerId, long targetId,
                                  IntroductionState state, long actorId, String message, boolean messageShared,
                                  String brokerNote, Instant at) {
}
