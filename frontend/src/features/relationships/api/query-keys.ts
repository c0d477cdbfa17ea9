import { relationshipsRootKey } from '@/lib/live-cache';
import type { RelationshipSort } from './types';

/** `kept`: HIDE the connections you kept (the default), INCLUDE them, or show ONLY them. */
export type ReviewFilters = { sort: RelationshipSort; tagId?: number; kept?: 'HIDE' | 'INCLUDE' | 'ONLY' };

/** Query keys of the relationship review and the contact panel. */
export const relationshipKeys = {
  all: relationshipsRootKey,
  review: (filters: ReviewFilters) => [...relationshipsRootKey, 'review', filters] as const,
  summary: [...relationshipsRootKey, 'summary'] as const,
  contact: (memberId: number) => [...relationshipsRootKey, 'contact', memberId] as const,
};
