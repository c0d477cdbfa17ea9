import type { components } from '@/api/schema';

export type Tag = components['schemas']['TagResponse'];
export type TagView = components['schemas']['TagViewResponse'];
export type TagViewInput = components['schemas']['TagViewRequest'];
export type TagMode = components['schemas']['TagMode'];
export type ProfileSummary = components['schemas']['ProfileSummary'];
