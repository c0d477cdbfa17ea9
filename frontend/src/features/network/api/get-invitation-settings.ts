import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import { networkKeys } from './query-keys';

/** `GET /api/me/invitation-settings`: how you receive connection requests. */
export function useInvitationSettings() {
  return useQuery({
    queryKey: networkKeys.settings,
    queryFn: () => unwrap(api.GET('/api/me/invitation-settings')),
  });
}
