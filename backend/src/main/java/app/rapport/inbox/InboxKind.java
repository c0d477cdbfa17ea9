package app.rapport.inbox;

/** The kinds of things the one inbox holds. */
public enum InboxKind {
    CONVERSATION, CONNECTION_REQUEST, INTRODUCTION_AS_BROKER, INTRODUCTION_AS_TARGET, OUTCOME
}
