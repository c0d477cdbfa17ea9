import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import { introductionKeys } from './query-keys';

/** `GET /api/profiles/{handle}/introducers`: who could introduce you, the likeliest first, with reasons. */
export function useIntroducers(handle: string, enabled = true) {
  return useQuery({
    queryKey: introductionKeys.introducers(handle),
    queryFn: () => unwrap(api.GET('/api/profiles/{handle}/introducers', { params: { path: { handle }, query: { limit: 10 } } })),
    enabled,
  });
}
