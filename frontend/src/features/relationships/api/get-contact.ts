import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import { relationshipKeys } from './query-keys';

/** `GET /api/members/{memberId}/contact`: everything that is yours about a contact (404 if not one). */
export function useContact(memberId: number, enabled = true) {
  return useQuery({
    queryKey: relationshipKeys.contact(memberId),
    queryFn: () => unwrap(api.GET('/api/members/{memberId}/contact', { params: { path: { memberId } } })),
    enabled,
  });
}
