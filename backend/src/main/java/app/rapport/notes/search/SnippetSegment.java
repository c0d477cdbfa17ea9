package app.rapport.notes.search;

/** A piece of a result's snippet, plain text; {@code highlighted} when it matched the query. */
public record SnippetSegment(String text, boolean highlighted) {
}
