package app.rapport.relationships.strength;

/** Strength in three words (schema StrengthLevel). */
public enum StrengthLevel {
    STRONG, MODERATE, WEAK;

    public static StrengthLevel of(int score) {
        return score >= 60 ? STRONG : score >= 30 ? MODERATE : WEAK;
    }
}
