import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import { introductionKeys } from './query-keys';

/** `GET /api/introductions/{introductionId}`: one introduction, as your role sees it. */
export function useIntroduction(introductionId: number) {
  return useQuery({
    queryKey: introductionKeys.detail(introductionId),
    queryFn: () => unwrap(api.GET('/api/introductions/{introductionId}', { params: { path: { introductionId } } })),
  });
}
