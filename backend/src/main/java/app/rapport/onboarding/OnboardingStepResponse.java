package app.rapport.onboarding;

/** One step, done or not, with what it asks (schema OnboardingStepResponse). */
public record OnboardingStepResponse(OnboardingStep step, boolean done, String title, int weight) {
}
