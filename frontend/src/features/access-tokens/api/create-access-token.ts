import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { components } from '@/api/schema';
import { api, unwrap } from '@/lib/api-client';
import { accessTokenKeys } from './list-access-tokens';

export type CreateAccessTokenInput = components['schemas']['CreateAccessTokenRequest'];

/** `POST /api/me/access-tokens`: creates a token; its secret (`accessToken`) is in this answer only. */
export function useCreateAccessToken() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateAccessTokenInput) => unwrap(api.POST('/api/me/access-tokens', { body })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: accessTokenKeys.all }),
  });
}
