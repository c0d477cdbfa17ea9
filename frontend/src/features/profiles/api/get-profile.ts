import { useQuery } from '@tanstack/react-query';
import type { components } from '@/api/schema';
import { api, unwrap } from '@/lib/api-client';
import { profileKeys } from './query-keys';

export type Profile = components['schemas']['ProfileResponse'];

/** `GET /api/profiles/{handle}`: a member's public profile. */
export function useProfile(handle: string) {
  return useQuery({
    queryKey: profileKeys.detail(handle),
    queryFn: () => unwrap(api.GET('/api/profiles/{handle}', { params: { path: { handle } } })),
  });
}
