package app.rapport.onboarding;

import app.rapport.profiles.ProfileSummary;
import java.util.List;

/** A member worth following, with why (schema FollowSuggestionResponse). */
public record FollowSuggestionResponse(ProfileSummary member, long followerCount, long mutualConnectionCount,
                                       List<SuggestionReason> reasons) {
}
