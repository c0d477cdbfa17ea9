import { createBrowserRouter, createMemoryRouter, type RouteObject } from 'react-router';
import { AppLayout } from './layout/app-layout';
import { GuestOnly, RequireSignedIn, SignedInOr } from './layout/route-guards';
import { ConversationRoute } from './routes/conversation';
import { HomeRoute } from './routes/home';
import { NotificationsRoute } from './routes/notifications';
import { ImportRoute } from './routes/import';
import { ImportReviewRoute } from './routes/import-review';
import { InboxRoute } from './routes/inbox';
import { MemberNetworkRoute } from './routes/member-network';
import { LogInRoute } from './routes/log-in';
import { MyProfileRoute } from './routes/my-profile';
import { NetworkRoute } from './routes/network';
import { NotFoundRoute } from './routes/not-found';
import { ProfileRoute } from './routes/profile';
import { PublicProfileRoute } from './routes/public-profile';
import { ReviewRoute } from './routes/review';
import { RouteError } from './routes/route-error';
import { SearchRoute } from './routes/search';
import { SettingsRoute } from './routes/settings';
import { SignUpRoute } from './routes/sign-up';
import { TagsRoute } from './routes/tags';
import { WelcomeRoute } from './routes/welcome';

/** Every page of the app; each has its own error boundary so the navigation bar survives a crash. */
export const routes: RouteObject[] = [
  {
    element: <AppLayout />,
    errorElement: <RouteError />,
    children: [
      { index: true, element: <HomeRoute />, errorElement: <RouteError /> },
      {
        element: <GuestOnly />,
        children: [
          { path: 'login', element: <LogInRoute />, errorElement: <RouteError /> },
          { path: 'signup', element: <SignUpRoute />, errorElement: <RouteError /> },
        ],
      },
      // A profile link works for everyone: members get the full profile, visitors the public one.
      {
        path: 'in/:handle',
        element: <SignedInOr guest={<PublicProfileRoute />} member={<ProfileRoute />} />,
        errorElement: <RouteError />,
      },
      {
        element: <RequireSignedIn />,
        children: [
          { path: 'me', element: <MyProfileRoute />, errorElement: <RouteError /> },
          // Another member's connections, followers and following (members only, as they allow).
          { path: 'in/:handle/:list', element: <MemberNetworkRoute />, errorElement: <RouteError /> },
          { path: 'search', element: <SearchRoute />, errorElement: <RouteError /> },
          { path: 'network/:tab?', element: <NetworkRoute />, errorElement: <RouteError /> },
          { path: 'settings', element: <SettingsRoute />, errorElement: <RouteError /> },
          { path: 'tags', element: <TagsRoute />, errorElement: <RouteError /> },
          { path: 'inbox', element: <InboxRoute />, errorElement: <RouteError /> },
          { path: 'notifications', element: <NotificationsRoute />, errorElement: <RouteError /> },
          { path: 'messages/:conversationId', element: <ConversationRoute />, errorElement: <RouteError /> },
          { path: 'review', element: <ReviewRoute />, errorElement: <RouteError /> },
          { path: 'welcome', element: <WelcomeRoute />, errorElement: <RouteError /> },
          { path: 'import', element: <ImportRoute />, errorElement: <RouteError /> },
          { path: 'import/:importId', element: <ImportReviewRoute />, errorElement: <RouteError /> },
        ],
      },
      { path: '*', element: <NotFoundRoute /> },
    ],
  },
];

export function createAppRouter() {
  return createBrowserRouter(routes);
}

/** The same routes in memory, for tests. */
export function createTestRouter(initialPath: string) {
  return createMemoryRouter(routes, { initialEntries: [initialPath] });
}
