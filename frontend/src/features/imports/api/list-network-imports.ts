import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import { importKeys } from './query-keys';

/** `GET /api/me/network-imports`: your imports, newest first (a member keeps at most 20). */
export function useNetworkImports() {
  return useQuery({
    queryKey: importKeys.list,
    queryFn: () => unwrap(api.GET('/api/me/network-imports', { params: { query: { limit: 20 } } })),
  });
}
