import type { QueryClient } from '@tanstack/react-query';
import type { components } from '@/api/schema';

type Post = components['schemas']['PostResponse'];

/**
 * Query-key roots of everything that lists posts. The posts, feed and tags features never import
 * each other, so they agree here on what to invalidate: a new post or a new tag changes `feeds`,
 * a like changes the post wherever it is cached.
 */
export const feedsQueryRoot = ['feeds'] as const;
export const postsQueryRoot = ['posts'] as const;

function isPost(value: unknown): value is Post {
  return typeof value === 'object' && value !== null && 'likedByMe' in value && 'kind' in value && 'id' in value;
}

/** Returns `value` with every post of id `postId` in it (reshared originals too) passed through `update`. */
function mapPosts(value: unknown, postId: number, update: (post: Post) => Post): unknown {
  if (Array.isArray(value)) {
    let changed = false;
    const next = value.map((entry) => {
      const mapped = mapPosts(entry, postId, update);
      if (mapped !== entry) changed = true;
      return mapped;
    });
    return changed ? next : value;
  }
  if (typeof value !== 'object' || value === null) return value;
  let current = value as Record<string, unknown>;
  if (isPost(current) && current.id === postId) current = update(current) as unknown as Record<string, unknown>;
  let copy: Record<string, unknown> | null = null;
  for (const [key, child] of Object.entries(current)) {
    if (typeof child !== 'object' || child === null) continue;
    const mapped = mapPosts(child, postId, update);
    if (mapped !== child) {
      copy ??= { ...current };
      copy[key] = mapped;
    }
  }
  return copy ?? current;
}

/** Applies `update` to post `postId` in every cached feed and post list, without refetching them. */
export function updateCachedPost(queryClient: QueryClient, postId: number, update: (post: Post) => Post) {
  for (const root of [feedsQueryRoot, postsQueryRoot]) {
    queryClient.setQueriesData({ queryKey: root }, (data: unknown) => mapPosts(data, postId, update));
  }
}

/** Puts the post the API answered in place of the cached copies. */
export function replaceCachedPost(queryClient: QueryClient, post: Post) {
  updateCachedPost(queryClient, post.id, (cached) =>
    // A reshare answer carries its original; a cached original keeps its own nested data.
    ({ ...cached, ...post }),
  );
}

/** Refetches every feed and post list: after a post is published, edited, reshared or deleted. */
export async function invalidatePostLists(queryClient: QueryClient) {
  await Promise.all([
    queryClient.invalidateQueries({ queryKey: feedsQueryRoot }),
    queryClient.invalidateQueries({ queryKey: postsQueryRoot }),
  ]);
}
