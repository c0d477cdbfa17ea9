import { QueryClientProvider } from '@tanstack/react-query';
import { useState } from 'react';
import { RouterProvider } from 'react-router';
import { setUnauthorizedHandler } from '@/lib/api-client';
import { createQueryClient } from '@/lib/query-client';
import { createAppRouter } from './router';

/** The whole app: one query cache, one router, and what to do when the session ends. */
export function App() {
  const [queryClient] = useState(createQueryClient);
  const [router] = useState(() => {
    const appRouter = createAppRouter();
    setUnauthorizedHandler(() => {
      queryClient.clear();
      const { pathname, search } = appRouter.state.location;
      if (pathname !== '/login') {
        void appRouter.navigate('/login', { replace: true, state: { from: pathname + search, sessionExpired: true } });
      }
    });
    return appRouter;
  });

  return (
    <QueryClientProvider client={queryClient}>
      <RouterProvider router={router} />
    </QueryClientProvider>
  );
}
