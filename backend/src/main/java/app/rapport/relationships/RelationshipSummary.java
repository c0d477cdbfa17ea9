package app.rapport.relationships;

/** "2,988 connections · 412 without any interaction in 2 years" (schema RelationshipSummary). */
public record RelationshipSummary(long connectionCount, long withoutInteractionCount, int inactivityYears, String text) {
}
