import { postsQueryRoot } from '@/lib/post-cache';

/** Query keys of the posts feature, under the shared `posts` root. */
export const postKeys = {
  all: postsQueryRoot,
  byMember: (handle: string) => [...postsQueryRoot, 'member', handle.toLowerCase()] as const,
  comments: (postId: number) => [...postsQueryRoot, 'comments', postId] as const,
};
