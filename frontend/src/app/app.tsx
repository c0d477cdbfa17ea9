import { QueryClientProvider } from '@tanstack/react-query';
import { useState } from 'react';
import { RouterProvider } from 'react-router';
import { createQueryClient } from '@/lib/query-client';
import { createAppRouter } from './router';
import { endSessionOnUnauthorized } from './session-end';

/** The whole app: one query cache, one router, and what to do when the session ends. */
export function App() {
  const [queryClient] = useState(createQueryClient);
  const [router] = useState(() => {
    const appRouter = createAppRouter();
    endSessionOnUnauthorized(appRouter, queryClient);
    return appRouter;
  });

  return (
    <QueryClientProvider client={queryClient}>
      <RouterProvider router={router} />
    </QueryClientProvider>
  );
}
