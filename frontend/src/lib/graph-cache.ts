import type { QueryClient } from '@tanstack/react-query';
import { currentMemberQueryKey } from './session';

/** Root query key of profiles (a profile carries the degree, counts and your relation to the member). */
export const profilesRootKey = ['profiles'] as const;

/** Root query key of the network feature: lists, invitations, suggestions, settings. */
export const networkRootKey = ['network'] as const;

/**
 * Marks stale everything a change in the relationship graph can alter: a follow, a connection or
 * a decided request changes profiles (counts, degree, buttons), network lists and your own counts.
 */
export function invalidateGraph(queryClient: QueryClient): Promise<unknown> {
  return Promise.all([
    queryClient.invalidateQueries({ queryKey: networkRootKey }),
    queryClient.invalidateQueries({ queryKey: profilesRootKey }),
    queryClient.invalidateQueries({ queryKey: currentMemberQueryKey }),
  ]);
}
