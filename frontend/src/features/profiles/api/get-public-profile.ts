import { useQuery } from '@tanstack/react-query';
import type { components } from '@/api/schema';
import { api, unwrap } from '@/lib/api-client';

export type PublicProfile = components['schemas']['PublicProfileResponse'];

/** `GET /api/public/profiles/{handle}`: what a member shows to visitors who are not signed in. */
export function usePublicProfile(handle: string) {
  return useQuery({
    queryKey: ['public-profiles', handle.toLowerCase()] as const,
    queryFn: () => unwrap(api.GET('/api/public/profiles/{handle}', { params: { path: { handle } } })),
    retry: false,
  });
}
