import type { components } from '@/api/schema';

type Schemas = components['schemas'];

export type InboxItem = Schemas['InboxItem'];
export type InboxKind = Schemas['InboxKind'];
export type InboxCounts = Schemas['InboxCounts'];
export type InboxOutcome = Schemas['InboxOutcome'];
