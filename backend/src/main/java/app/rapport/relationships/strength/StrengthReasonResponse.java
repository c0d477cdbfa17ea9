package app.rapport.relationships.strength;

/** One reason of a strength, in plain words, with the points it adds or takes (schema StrengthReasonResponse). */
public record StrengthReasonResponse(StrengthReason code, String explanation, int points) {
}
