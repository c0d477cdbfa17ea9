package app.rapport.inbox;

/** What an inbox item's reference id names. */
public enum InboxReference {
    CONVERSATION, INVITATION, INTRODUCTION
}
