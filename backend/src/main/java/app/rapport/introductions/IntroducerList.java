package app.rapport.introductions;

import app.rapport.connections.invitations.InvitationPolicy;
import app.rapport.profiles.ProfileSummary;
import java.util.List;

/** Who could introduce me to a member, the likeliest first (schema IntroducerList). */
public record IntroducerList(ProfileSummary target, InvitationPolicy targetPolicy, boolean followOnly,
                             boolean canRequest, String unavailableReason, Long pendingIntroductionId,
                             List<IntroducerResponse> items) {
}
