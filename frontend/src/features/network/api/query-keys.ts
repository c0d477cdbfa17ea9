import { networkRootKey } from '@/lib/graph-cache';

export type MemberListKind = 'connections' | 'followers' | 'following';
export type ReceivedFilters = { verdict?: 'PERSONAL' | 'GENERIC'; sort: 'NEWEST' | 'SCORE' };

/** Query keys of the network feature; every graph change invalidates `all`. */
export const networkKeys = {
  all: networkRootKey,
  list: (kind: MemberListKind) => ['network', 'list', kind] as const,
  suggestions: ['network', 'suggestions'] as const,
  mutual: (handle: string) => ['network', 'mutual', handle.toLowerCase()] as const,
  /** Another member's connections, followers or following, as you see them. */
  memberList: (handle: string, kind: MemberListKind) => ['network', 'member', handle.toLowerCase(), kind] as const,
  received: (filters: ReceivedFilters) => ['network', 'invitations', 'received', filters] as const,
  sent: ['network', 'invitations', 'sent'] as const,
  settings: ['network', 'settings'] as const,
  privacy: ['network', 'privacy'] as const,
  blocks: ['network', 'blocks'] as const,
  preview: (recipientId: number, note: string) => ['network', 'preview', recipientId, note] as const,
};

export const PAGE_SIZE = 20;

/** The `cursor` query parameter for a page: absent on the first page. */
export function cursorParam(pageParam: string | undefined) {
  return pageParam ? { cursor: pageParam } : {};
}
