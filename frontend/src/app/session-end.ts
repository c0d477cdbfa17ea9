import type { QueryClient } from '@tanstack/react-query';
import type { DataRouter } from 'react-router';
import { setUnauthorizedHandler } from '@/lib/api-client';

/** When the API answers 401 to a signed-in call: forget cached data and show the login page. */
export function endSessionOnUnauthorized(router: DataRouter, queryClient: QueryClient) {
  setUnauthorizedHandler(() => {
    queryClient.clear();
    const { pathname, search } = router.state.location;
    if (pathname !== '/login') {
      void router.navigate('/login', { replace: true, state: { from: pathname + search } });
    }
  });
}
