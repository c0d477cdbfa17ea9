import { notesRootKey } from '@/lib/live-cache';
import type { SearchResultKind } from './types';

/** Query keys of private notes and of the search across notes and messages. */
export const noteKeys = {
  all: notesRootKey,
  forMember: (memberId: number) => [...notesRootKey, 'member', memberId] as const,
  search: (q: string, kind?: SearchResultKind) => [...notesRootKey, 'search', q, kind ?? 'ALL'] as const,
};

export const NOTE_LIMIT = 8000;
