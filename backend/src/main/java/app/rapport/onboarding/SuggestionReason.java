package app.rapport.onboarding;

/** One reason, with the sentence the SPA shows ("Works at Acme", "Also in Lisbon") (schema FollowSuggestionReason). */
public record SuggestionReason(SuggestionReasonKind kind, String text) {
}
