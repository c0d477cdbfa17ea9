import { useMutation } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';

/** `POST /api/me/deletion`: erases the account after a password check; every token of it stops working. */
export function useDeleteMyAccount() {
  return useMutation({
    mutationFn: (password: string) => unwrap(api.POST('/api/me/deletion', { body: { password } })),
  });
}
