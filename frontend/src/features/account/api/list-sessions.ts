import { useQuery } from '@tanstack/react-query';
import type { components } from '@/api/schema';
import { api, unwrap } from '@/lib/api-client';
import { accountKeys } from './query-keys';

export type Session = components['schemas']['SessionResponse'];

/** `GET /api/me/sessions`: your live log-in sessions, newest first, this one marked `current`. */
export function useSessions() {
  return useQuery({
    queryKey: accountKeys.sessions,
    queryFn: () => unwrap(api.GET('/api/me/sessions')),
    select: (list) => list.items,
  });
}
