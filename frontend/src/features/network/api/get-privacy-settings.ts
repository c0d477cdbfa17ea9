import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import { networkKeys } from './query-keys';

/** `GET /api/me/privacy-settings`: who can see your connections, followers and following. */
export function usePrivacySettings() {
  return useQuery({
    queryKey: networkKeys.privacy,
    queryFn: () => unwrap(api.GET('/api/me/privacy-settings')),
  });
}
