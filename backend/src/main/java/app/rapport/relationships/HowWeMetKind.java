package app.rapport.relationships;

/** How two connections met, from the viewer's side (schema HowWeMetKind). */
public enum HowWeMetKind {
    INVITED_BY_ME, INVITED_ME, MUTUAL_INVITATION, OPEN_NETWORKER, INTRODUCED, UNKNOWN
}
