package app.rapport.imports;

/** A line of a contacts file that was left out, and why (schema SkippedLine). */
public record SkippedLine(int lineNumber, String reason) {
}
