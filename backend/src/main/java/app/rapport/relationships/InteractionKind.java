package app.rapport.relationships;

/** The kinds of interaction between two members, from the viewer's side (schema InteractionKind). */
public enum InteractionKind {
    MESSAGE_SENT, MESSAGE_RECEIVED, NOTE, COMMENT_GIVEN, COMMENT_RECEIVED, LIKE_GIVEN, LIKE_RECEIVED
}
