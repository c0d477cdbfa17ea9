package app.rapport.messages;

/** How a conversation was opened: between connections, inside a pending request, or by an introduction. */
public enum ConversationOpening {
    CONNECTION, INVITATION, INTRODUCTION
}
