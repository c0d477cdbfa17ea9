package app.rapport.onboarding;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/** Profile strength (0–100) and the next step of the guided start (schema OnboardingResponse). */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record OnboardingResponse(int profileStrength, OnboardingStep nextStep, List<OnboardingStepResponse> steps,
                                 long followingCount) {
}
