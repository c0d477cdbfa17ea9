import type { components } from '@/api/schema';

export type Post = components['schemas']['PostResponse'];
export type Comment = components['schemas']['CommentResponse'];
export type Visibility = components['schemas']['Visibility'];
export type CreatePostInput = components['schemas']['CreatePostRequest'];
