import { conversationKey, conversationListRootKey, messagesRootKey } from '@/lib/live-cache';

/** Query keys of the messages feature; the live stream invalidates a conversation by its key. */
export const messageKeys = {
  all: messagesRootKey,
  withMember: (memberId: number) => [...conversationListRootKey, 'with', memberId] as const,
  conversation: (id: number) => [...conversationKey(id), 'detail'] as const,
  messages: (id: number) => [...conversationKey(id), 'messages'] as const,
};

export const MESSAGE_PAGE_SIZE = 20;
export const MESSAGE_LIMIT = 8000;
