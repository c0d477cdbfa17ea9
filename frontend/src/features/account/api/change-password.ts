import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { components } from '@/api/schema';
import { api, unwrap } from '@/lib/api-client';

export type ChangePasswordInput = components['schemas']['ChangePasswordRequest'];

/**
 * `PUT /api/me/password`: changes the password; unless kept, other sessions end and access tokens
 * are revoked, so everything cached about them is refreshed.
 */
export function useChangePassword() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: ChangePasswordInput) => unwrap(api.PUT('/api/me/password', { body })),
    onSuccess: () => queryClient.invalidateQueries(),
  });
}
