import { profilesRootKey } from '@/lib/graph-cache';

/** Query keys of the profiles feature; `all` is what a change to one's own profile invalidates. */
export const profileKeys = {
  all: profilesRootKey,
  detail: (handle: string) => ['profiles', 'detail', handle.toLowerCase()] as const,
  search: (q: string) => ['profiles', 'search', q] as const,
};
