package app.rapport.imports;

/** How a row was matched to a member (schema ImportMatchRule). */
public enum MatchRule {
    EMAIL, NAME_AND_COMPANY
}
