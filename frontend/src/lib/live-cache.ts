import type { InfiniteData, QueryClient } from '@tanstack/react-query';
import type { components } from '@/api/schema';

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

type NotificationPage = components['schemas']['NotificationPage'];
type UnreadCount = components['schemas']['UnreadNotificationsResponse'];

/**
 * After I block a member: at once, the notifications only they were in leave my list and my
 * unread count (the server has deleted them in the block's transaction), before the refetch
 * that brings the exact state (groups they shared with others lose them there).
 */
export function forgetInNotifications(queryClient: QueryClient, memberId: number): Promise<unknown> {
  let unreadGone = 0;
  queryClient.setQueryData<InfiniteData<NotificationPage>>(notificationListKey, (data) => {
    if (!data) return data;
    const pages = data.pages.map((page) => ({
      ...page,
      items: page.items.filter((n) => {
        const onlyThem = n.actorCount <= 1 && n.actors.every((actor) => actor.id === memberId);
        if (onlyThem && !n.read) unreadGone += 1;
        return !onlyThem;
      }),
    }));
    return { ...data, pages };
  });
  if (unreadGone > 0) {
    queryClient.setQueryData<UnreadCount>(notificationUnreadKey, (count) =>
      count ? { unreadCount: Math.max(0, count.unreadCount - unreadGone) } : count,
    );
  }
  return Promise.all([
    queryClient.invalidateQueries({ queryKey: notificationsRootKey }),
    queryClient.invalidateQueries({ queryKey: inboxRootKey }),
  ]);
}
