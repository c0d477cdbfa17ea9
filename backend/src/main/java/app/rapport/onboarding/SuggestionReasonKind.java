package app.rapport.onboarding;

/** Why a member is suggested (schema FollowSuggestionReasonKind). */
public enum SuggestionReasonKind {
    SAME_COMPANY, SAME_LOCATION, SHARED_HEADLINE_WORDS, MUTUAL_CONNECTIONS, POPULAR_IN_FIELD, POPULAR
}
