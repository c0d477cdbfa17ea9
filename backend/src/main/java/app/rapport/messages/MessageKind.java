package app.rapport.messages;

/** A message written by one of the two members, or the broker's note that opened an introduced conversation. */
public enum MessageKind {
    MESSAGE, INTRODUCTION
}
