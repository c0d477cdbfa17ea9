package app.rapport.introductions;

/**
 * Event: an introduction was requested, forwarded, accepted, declined or withdrawn, in the
 * current transaction ({@code state} is the new one). The inbox observes it to tell the party
 * whose turn it is, or the requester of the outcome.
 */
public record IntroductionChanged(long introductionId, long requesterId, long brokerId, long targetId,
                                  IntroductionState state, long actorId) {
}
