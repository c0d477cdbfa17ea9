import { useState, type ReactNode } from 'react';
import { Navigate, Outlet, useLocation } from 'react-router';
import { getLastSessionEnd } from '@/lib/auth-token';
import { useSignedIn } from '@/lib/session';

/**
 * Sends visitors who are not signed in to the login page, remembering where they were going;
 * right after deleting their account, to the sign-up page, which says it is done.
 */
export function RequireSignedIn() {
  const signedIn = useSignedIn();
  const location = useLocation();
  if (!signedIn) {
    const ended = getLastSessionEnd();
    if (ended === 'accountDeleted') return <Navigate to="/signup" replace state={{ accountDeleted: true }} />;
    // After "Log out", logging in again starts from home, not from the page left behind.
    const from = ended === 'loggedOut' ? undefined : location.pathname + location.search;
    return <Navigate to="/login" replace state={from ? { from } : null} />;
  }
  return <Outlet />;
}

/**
 * Keeps signed-in members away from the login and sign-up pages. Only a member who arrives
 * signed in is sent away: once a form here signs someone in, the form decides where to go.
 */
export function GuestOnly() {
  const signedIn = useSignedIn();
  const [arrivedSignedIn] = useState(signedIn);
  const location = useLocation();
  if (arrivedSignedIn && signedIn) {
    const from = (location.state as { from?: string } | null)?.from;
    return <Navigate to={from && from.startsWith('/') ? from : '/'} replace />;
  }
  return <Outlet />;
}

/** One page for both: what a signed-in member sees, or what a visitor who is not signed in sees. */
export function SignedInOr({ member, guest }: { member: ReactNode; guest: ReactNode }) {
  return <>{useSignedIn() ? member : guest}</>;
}
