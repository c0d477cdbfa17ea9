package app.rapport.connections.scoring;

/** The scorer's verdict on a note. */
public enum NoteVerdict {
    PERSONAL, GENERIC
}
