import { useQuery } from '@tanstack/react-query';
import { useSyncExternalStore } from 'react';
import type { components } from '@/api/schema';
import { api, unwrap } from './api-client';
import { getAccessToken, subscribeToAccessToken } from './auth-token';

export type Me = components['schemas']['MeResponse'];

/** Query key of `GET /api/me`, shared by every feature that shows the signed-in member. */
export const currentMemberQueryKey = ['me'] as const;

/** True while a valid access token is stored; re-renders when it is set or cleared. */
export function useSignedIn(): boolean {
  return useSyncExternalStore(subscribeToAccessToken, () => getAccessToken() !== null);
}

export function fetchCurrentMember(): Promise<Me> {
  return unwrap(api.GET('/api/me'));
}

/** The signed-in member (`GET /api/me`); idle when nobody is signed in. */
export function useCurrentMember() {
  const signedIn = useSignedIn();
  return useQuery({
    queryKey: currentMemberQueryKey,
    queryFn: fetchCurrentMember,
    enabled: signedIn,
  });
}
