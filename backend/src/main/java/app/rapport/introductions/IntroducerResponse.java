package app.rapport.introductions;

import app.rapport.profiles.ProfileSummary;
import java.util.List;

/** A mutual connection who could introduce me, with how likely it is to land and why (schema IntroducerResponse). */
public record IntroducerResponse(ProfileSummary broker, int likelihood, List<IntroducerReasonResponse> reasons) {
}
