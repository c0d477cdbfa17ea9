package app.rapport.network;

/** How far a member is from the viewer through connections. */
public enum Degree {
    SELF, FIRST, SECOND, THIRD_PLUS
}
