package app.rapport.imports;

/** Where one imported person stands (schema ImportRowStatus). */
public enum ImportRowStatus {
    /** One member, found by email or by name and company: shown for confirmation. */
    MATCHED,
    /** Several members share that name and company: Rapport does not guess. */
    AMBIGUOUS,
    /** Nobody yet; kept privately and matched again when people join. */
    UNMATCHED,
    /** The importer said the match was not that person. */
    DISMISSED
}
