package app.rapport.introductions;

import app.rapport.profiles.ProfileSummary;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;

/** An introduction as one party sees it; fields not for that party's eyes are null (schema IntroductionResponse). */
public record IntroductionResponse(long id, IntroductionRole role, IntroductionStatus status, boolean declinedByYou,
                                   ProfileSummary requester, ProfileSummary broker, ProfileSummary target,
                                   String message, Boolean messageShared, String brokerNote, boolean followOnly,
                                   @JsonInclude(JsonInclude.Include.NON_NULL) IntroductionResult result,
                                   Long conversationId, String statusText, Instant createdAt, Instant forwardedAt,
                                   Instant decidedAt) {
}
