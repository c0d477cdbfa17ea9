import { useQueryClient, type QueryClient } from '@tanstack/react-query';
import type { components } from '@/api/schema';
import { api, unwrap } from './api-client';
import { useEventStream, type StreamEvent } from './event-stream';
import { invalidateGraph, networkRootKey } from './graph-cache';
import {
  conversationKey,
  conversationListRootKey,
  inboxCountsKey,
  inboxListRootKey,
  inboxRootKey,
  introductionsRootKey,
  messagesRootKey,
  notificationListKey,
  notificationsRootKey,
  notificationUnreadKey,
  relationshipsRootKey,
} from './live-cache';
import { currentMemberQueryKey, useSignedIn } from './session';

type InboxEvent = components['schemas']['InboxEvent'];
type MessageEvent = components['schemas']['MessageEvent'];
type NotificationEvent = components['schemas']['NotificationEvent'];

const EVENT_TYPES = ['message', 'inbox', 'notification', 'resync'] as const;

/** A one-time ticket, then the stream URL (an `EventSource` cannot send the bearer token). */
async function streamUrl(lastEventId: string | null): Promise<string> {
  const { ticket } = await unwrap(api.POST('/api/me/event-tickets'));
  const params = new URLSearchParams({ ticket });
  if (lastEventId) params.set('lastEventId', lastEventId);
  return `/api/me/events?${params.toString()}`;
}

/** Everything the stream keeps fresh, for a catch-up the server could not replay. */
function refreshAll(queryClient: QueryClient) {
  void queryClient.invalidateQueries({ queryKey: inboxRootKey });
  void queryClient.invalidateQueries({ queryKey: messagesRootKey });
  void queryClient.invalidateQueries({ queryKey: introductionsRootKey });
  void queryClient.invalidateQueries({ queryKey: relationshipsRootKey });
  void queryClient.invalidateQueries({ queryKey: notificationsRootKey });
  void invalidateGraph(queryClient);
}

/** Marks stale exactly what one event changes; the unread counts come with the event itself. */
export function applyStreamEvent(queryClient: QueryClient, event: StreamEvent) {
  if (event.type === 'resync') {
    refreshAll(queryClient);
    return;
  }
  if (event.type === 'message') {
    const data = event.data as MessageEvent;
    void queryClient.invalidateQueries({ queryKey: conversationKey(data.conversationId) });
    void queryClient.invalidateQueries({ queryKey: conversationListRootKey });
    void queryClient.invalidateQueries({ queryKey: relationshipsRootKey });
    return;
  }
  if (event.type === 'notification') {
    const data = event.data as NotificationEvent;
    queryClient.setQueryData(notificationUnreadKey, { unreadCount: data.unreadCount });
    void queryClient.invalidateQueries({ queryKey: notificationListKey });
    return;
  }
  if (event.type === 'inbox') {
    const data = event.data as InboxEvent;
    queryClient.setQueryData(inboxCountsKey, data.unreadCounts);
    void queryClient.invalidateQueries({ queryKey: inboxListRootKey });
    switch (data.kind) {
      case 'CONNECTION_REQUEST':
        void queryClient.invalidateQueries({ queryKey: networkRootKey });
        void queryClient.invalidateQueries({ queryKey: currentMemberQueryKey });
        break;
      case 'INTRODUCTION_AS_BROKER':
      case 'INTRODUCTION_AS_TARGET':
        void queryClient.invalidateQueries({ queryKey: introductionsRootKey });
        break;
      case 'OUTCOME':
        void queryClient.invalidateQueries({ queryKey: introductionsRootKey });
        void queryClient.invalidateQueries({ queryKey: relationshipsRootKey });
        void invalidateGraph(queryClient);
        break;
      case 'CONVERSATION':
        void queryClient.invalidateQueries({ queryKey: conversationListRootKey });
        break;
    }
  }
}

/**
 * Keeps the open app in step with the server while someone is signed in: the member's event
 * stream (`GET /api/me/events`) invalidates the queries each event touches, and a reconnect
 * after a drop refetches everything it may have missed.
 */
export function useLiveUpdates() {
  const signedIn = useSignedIn();
  const queryClient = useQueryClient();
  return useEventStream({
    enabled: signedIn,
    resolveUrl: streamUrl,
    eventTypes: EVENT_TYPES,
    onEvent: (event) => applyStreamEvent(queryClient, event),
    onReconnect: () => refreshAll(queryClient),
  });
}
