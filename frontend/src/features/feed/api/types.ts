import type { components } from '@/api/schema';

export type FeedItem = components['schemas']['FeedItem'];
export type FeedPage = components['schemas']['FeedPage'];

/** Which feed to show: everything, one saved tag view, or one tag. */
export type FeedFilter = { kind: 'all' } | { kind: 'view'; viewId: number } | { kind: 'tag'; tagId: number };
