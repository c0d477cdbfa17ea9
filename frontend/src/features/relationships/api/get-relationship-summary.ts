import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import { relationshipKeys } from './query-keys';

/** `GET /api/me/relationships/summary`: "2,988 connections · 412 without any interaction in 2 years". */
export function useRelationshipSummary() {
  return useQuery({
    queryKey: relationshipKeys.summary,
    queryFn: () => unwrap(api.GET('/api/me/relationships/summary')),
  });
}
