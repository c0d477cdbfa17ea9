import { inboxCountsKey, inboxListRootKey, inboxRootKey } from '@/lib/live-cache';
import type { InboxKind } from './types';

/** Query keys of the inbox; the live stream writes the counts and invalidates the lists. */
export const inboxKeys = {
  all: inboxRootKey,
  list: (kind?: InboxKind) => [...inboxListRootKey, kind ?? 'ALL'] as const,
  counts: inboxCountsKey,
};

export const INBOX_PAGE_SIZE = 20;
