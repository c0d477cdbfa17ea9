import { useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import { useNavigate } from 'react-router';
import { clearAccessToken } from '@/lib/auth-token';

/** Forgets the token and everything cached for this member, then shows the login page. */
export function useLogOut() {
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  return useCallback(() => {
    clearAccessToken('loggedOut');
    queryClient.clear();
    navigate('/login', { replace: true });
  }, [navigate, queryClient]);
}
