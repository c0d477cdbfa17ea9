import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { components } from '@/api/schema';
import { api, unwrap } from '@/lib/api-client';

export type PublicProfileSettings = components['schemas']['PublicProfileSettings'];

const key = ['me', 'public-profile'] as const;

/** `GET /api/me/public-profile`: what my public page shows to visitors who are not signed in. */
export function usePublicProfileSettings() {
  return useQuery({ queryKey: key, queryFn: () => unwrap(api.GET('/api/me/public-profile')) });
}

/** `PUT /api/me/public-profile`: save every choice at once. */
export function useUpdatePublicProfileSettings() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: PublicProfileSettings) => unwrap(api.PUT('/api/me/public-profile', { body })),
    onSuccess: (saved) => queryClient.setQueryData(key, saved),
  });
}
