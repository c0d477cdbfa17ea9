import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import { useSignedIn } from '@/lib/session';
import { inboxKeys } from './query-keys';

/** `GET /api/inbox/counts`: unread items per kind (kept current by the live event stream). */
export function useInboxCounts() {
  const signedIn = useSignedIn();
  return useQuery({
    queryKey: inboxKeys.counts,
    queryFn: () => unwrap(api.GET('/api/inbox/counts')),
    enabled: signedIn,
  });
}
