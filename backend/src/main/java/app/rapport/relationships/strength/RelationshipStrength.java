package app.rapport.relationships.strength;

import java.util.List;

/** A relationship's strength, 0–100, with its reasons (schema RelationshipStrength). */
public record RelationshipStrength(int score, StrengthLevel level, List<StrengthReasonResponse> reasons) {
}
