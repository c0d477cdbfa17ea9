import { QueryClientProvider } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ReactElement } from 'react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { createTestRouter } from '@/app/router';
import { endSessionOnUnauthorized } from '@/app/session-end';
import { setAccessToken } from '@/lib/auth-token';
import { createQueryClient } from '@/lib/query-client';

function testQueryClient() {
  const client = createQueryClient();
  client.setDefaultOptions({ queries: { retry: false, staleTime: 0 }, mutations: { retry: false } });
  return client;
}

export function signIn(token = 'test-token') {
  setAccessToken(token, 3600);
}

/** Renders one component inside the app's providers and a router, at `path`. */
export function renderWithProviders(ui: ReactElement, { path = '/' }: { path?: string } = {}) {
  const queryClient = testQueryClient();
  const router = createMemoryRouter([{ path: '*', element: ui }], { initialEntries: [path] });
  const result = render(
    <QueryClientProvider client={queryClient}>
      <RouterProvider router={router} />
    </QueryClientProvider>,
  );
  return { ...result, user: userEvent.setup(), router, queryClient };
}

/** Renders the whole app (every route) at `path`. */
export function renderApp(path: string) {
  const queryClient = testQueryClient();
  const router = createTestRouter(path);
  endSessionOnUnauthorized(router, queryClient);
  const result = render(
    <QueryClientProvider client={queryClient}>
      <RouterProvider router={router} />
    </QueryClientProvider>,
  );
  return { ...result, user: userEvent.setup(), router, queryClient };
}
