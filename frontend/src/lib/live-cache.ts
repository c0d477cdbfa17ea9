// Root query keys of the relationship layer, in one place below the features: the live event
// stream (lib) invalidates them, and each feature builds its own keys under its root.

export const inboxRootKey = ['inbox'] as const;
export const inboxListRootKey = ['inbox', 'list'] as const;
export const inboxCountsKey = ['inbox', 'counts'] as const;
export const messagesRootKey = ['messages'] as const;
export const conversationListRootKey = ['messages', 'conversations'] as const;
export const introductionsRootKey = ['introductions'] as const;
export const notesRootKey = ['notes'] as const;
export const relationshipsRootKey = ['relationships'] as const;
export const notificationsRootKey = ['notifications'] as const;
export const notificationListKey = ['notifications', 'list'] as const;
export const notificationUnreadKey = ['notifications', 'unread'] as const;

/** A conversation and its messages: `[...conversationKey(id)]` prefixes both queries. */
export function conversationKey(conversationId: number) {
  return ['messages', 'conversation', conversationId] as const;
}
