import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import { importKeys } from './query-keys';

/** `GET /api/me/network-imports/{importId}`: its counts, matched again against today's members. */
export function useNetworkImport(importId: number) {
  return useQuery({
    queryKey: importKeys.one(importId),
    queryFn: () => unwrap(api.GET('/api/me/network-imports/{importId}', { params: { path: { importId } } })),
  });
}
