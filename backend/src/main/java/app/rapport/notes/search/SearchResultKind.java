package app.rapport.notes.search;

/** What a search result is: one of my notes or a message of one of my conversations. */
public enum SearchResultKind {
    NOTE, MESSAGE
}
