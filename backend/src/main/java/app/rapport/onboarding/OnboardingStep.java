package app.rapport.onboarding;

/** The steps of a new member's guided start, in order (schema OnboardingStep). */
public enum OnboardingStep {
    HEADLINE, POSITION, LOCATION, ABOUT, FOLLOW_PEOPLE
}
