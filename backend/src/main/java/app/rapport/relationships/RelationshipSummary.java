package app.rapport.relationships;

/** "2,988 connections · 412 without any interaction in 2 years · 30 kept" (schema RelationshipSummary). */
public record RelationshipSummary(long connectionCount, long withoutInteractionCount, int inactivityYears, long keptCount,
                                  String text) {
}
