import type { components } from '@/api/schema';

type Schemas = components['schemas'];

export type Note = Schemas['NoteResponse'];
export type SearchResult = Schemas['SearchResult'];
export type SearchResultKind = Schemas['SearchResultKind'];
export type SnippetSegment = Schemas['SnippetSegment'];
