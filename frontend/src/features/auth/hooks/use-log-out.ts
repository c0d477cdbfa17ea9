import { useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import { useNavigate } from 'react-router';
import { clearAccessToken } from '@/lib/auth-token';
import { endCurrentSession } from '../api/log-out';

/** Ends the session on the server, forgets the token and everything cached, then shows the login page. */
export function useLogOut() {
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  return useCallback(async () => {
    await endCurrentSession();
    clearAccessToken('loggedOut');
    queryClient.clear();
    navigate('/login', { replace: true });
  }, [navigate, queryClient]);
}
