package app.rapport.imports;

/** Which kind of file an import came from (schema NetworkImportFormat). */
public enum ImportFormat {
    /** LinkedIn's Connections.csv, with its "Notes:" preamble before the header row. */
    LINKEDIN,
    /** Any CSV whose header row names the same columns. */
    PLAIN_CSV
}
