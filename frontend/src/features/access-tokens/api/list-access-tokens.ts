import { useQuery } from '@tanstack/react-query';
import type { components } from '@/api/schema';
import { api, unwrap } from '@/lib/api-client';

export type AccessToken = components['schemas']['AccessTokenResponse'];
export type AccessTokenScope = components['schemas']['AccessTokenScope'];

/** Query keys of the access-tokens feature: every change invalidates `all`. */
export const accessTokenKeys = {
  all: ['access-tokens'] as const,
};

/** `GET /api/me/access-tokens`: your tokens that are not revoked, newest first (never their secrets). */
export function useAccessTokens() {
  return useQuery({
    queryKey: accessTokenKeys.all,
    queryFn: () => unwrap(api.GET('/api/me/access-tokens')),
    select: (list) => list.items,
  });
}
