import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import { networkKeys } from './query-keys';

/**
 * `POST /api/invitations/preview`: how personal a draft note is for this recipient. A query, not a
 * mutation: nothing is saved, and the same draft need not be scored twice. Keeps the last score
 * on screen while the next one loads.
 */
export function usePreviewInvitation(recipientId: number, note: string, enabled: boolean) {
  return useQuery({
    queryKey: networkKeys.preview(recipientId, note),
    queryFn: () => unwrap(api.POST('/api/invitations/preview', { body: { recipientId, note } })),
    placeholderData: keepPreviousData,
    staleTime: 60_000,
    enabled,
  });
}
