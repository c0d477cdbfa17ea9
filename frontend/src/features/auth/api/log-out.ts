import { api } from '@/lib/api-client';

/**
 * `POST /api/me/sessions/current/end`: ends this session on the server, so the token is refused
 * from now on even if a copy of it lingers. Best effort: logging out never fails for the member.
 */
export async function endCurrentSession(): Promise<void> {
  try {
    await api.POST('/api/me/sessions/current/end');
  } catch {
    // Offline: the token is forgotten locally anyway and expires on its own.
  }
}
