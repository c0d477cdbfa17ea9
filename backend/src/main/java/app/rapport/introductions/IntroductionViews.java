package app.rapport.introductions;

import app.rapport.profiles.ProfileSummary;

/**
 * What each party sees of an introduction. The requester: their message and the status, the
 * broker's note only once accepted (it opens their conversation), never who declined. The
 * broker: the requester's message and their own note. The target: the broker's note, and the
 * requester's message only if the broker shared it.
 */
final class IntroductionViews {

    private IntroductionViews() {
    }

    static IntroductionResponse as(Introduction i, IntroductionRole role, ProfileSummary requester, ProfileSummary broker,
                                   ProfileSummary target) {
        IntroductionStatus status = IntroductionStatus.of(i.state);
        boolean declinedByYou = (role == IntroductionRole.BROKER && i.state == IntroductionState.DECLINED_BY_BROKER)
                || (role == IntroductionRole.TARGET && i.state == IntroductionState.DECLINED_BY_TARGET);
        boolean accepted = i.state == IntroductionState.ACCEPTED;
        String message = switch (role) {
            case REQUESTER, BROKER -> i.message;
            case TARGET -> i.messageShared ? i.message : null;
        };
        Boolean shared = role == IntroductionRole.REQUESTER ? null : i.messageShared;
        String note = role == IntroductionRole.REQUESTER && !accepted ? null : i.brokerNote;
        Long conversation = role == IntroductionRole.BROKER || !accepted ? null : i.conversationId;
        return new IntroductionResponse(i.id, role, status, declinedByYou, requester, broker, target, message, shared, note,
                i.followOnly, accepted ? i.result : null, conversation,
                text(i, role, requester.displayName(), broker.displayName(), target.displayName()),
                i.createdAt, i.forwardedAt, i.decidedAt);
    }

    static String text(Introduction i, IntroductionRole role, String requester, String broker, String target) {
        boolean following = i.result == IntroductionResult.FOLLOWING;
        return switch (role) {
            case REQUESTER -> switch (i.state) {
                case REQUESTED -> "Waiting for " + broker + " to pass your request on to " + target + ".";
                case FORWARDED -> broker + " introduced you to " + target + "; waiting for " + target + "'s answer.";
                case ACCEPTED -> following
                        ? target + " accepted: you now follow them (they take no connection requests)."
                        : target + " accepted: you are now connected, and your conversation is open.";
                case DECLINED_BY_BROKER, DECLINED_BY_TARGET -> "This introduction did not happen this time. That is all "
                        + "right: introductions are favours. You can still follow " + target + ".";
                case WITHDRAWN, CANCELLED -> "You withdrew this request.";
            };
            case BROKER -> switch (i.state) {
                case REQUESTED -> requester + " asks you to introduce them to " + target + ".";
                case FORWARDED -> "You introduced " + requester + " to " + target + "; waiting for " + target + "'s answer.";
                case ACCEPTED -> target + " accepted your introduction of " + requester + ".";
                case DECLINED_BY_BROKER -> "You declined to make this introduction.";
                case DECLINED_BY_TARGET -> target + " declined this introduction.";
                case WITHDRAWN, CANCELLED -> requester + " withdrew this request.";
            };
            case TARGET -> switch (i.state) {
                case REQUESTED, FORWARDED -> broker + " would like to introduce you to " + requester + ".";
                case ACCEPTED -> following ? "You accepted: " + requester + " now follows you."
                        : "You accepted: you are now connected with " + requester + ".";
                case DECLINED_BY_BROKER, DECLINED_BY_TARGET -> "You declined this introduction.";
                case WITHDRAWN, CANCELLED -> requester + " withdrew this request.";
            };
        };
    }
}
