import { Link, NavLink, Outlet } from 'react-router';
import { Avatar } from '@/components/ui/avatar';
import { buttonClassName } from '@/components/ui/button';
import { useLogOut } from '@/features/auth/hooks/use-log-out';
import { useInboxCounts } from '@/features/inbox/api/get-inbox-counts';
import { NotificationBell } from '@/features/notifications/components/notification-bell';
import { useLiveUpdates } from '@/lib/live-updates';
import { useCurrentMember, useSignedIn } from '@/lib/session';

function navClass({ isActive }: { isActive: boolean }) {
  return `topnav__link${isActive ? ' topnav__link--active' : ''}`;
}

function Badge({ count, label }: { count: number; label: string }) {
  if (count <= 0) return null;
  return (
    <span className="topnav__badge" aria-label={label}>
      {count > 99 ? '99+' : count}
    </span>
  );
}

function MemberNav() {
  const me = useCurrentMember();
  const logOut = useLogOut();
  // One event stream per signed-in tab keeps the badges and every open list current.
  useLiveUpdates();
  const counts = useInboxCounts();
  const pending = me.data?.pendingInvitationCount ?? 0;
  const unread = counts.data?.total ?? 0;
  return (
    <>
      <NavLink to="/" end className={(state) => `${navClass(state)} topnav__link--home`}>
        Home
      </NavLink>
      <NavLink to="/search" className={navClass}>
        Search
      </NavLink>
      <NavLink to="/inbox" className={navClass}>
        Inbox
        <Badge count={unread} label={`${unread} unread`} />
      </NavLink>
      <NavLink to="/network" className={navClass}>
        Network
        <Badge count={pending} label={`${pending} pending invitation${pending === 1 ? '' : 's'}`} />
      </NavLink>
      <NavLink to="/tags" className={navClass}>
        Tags
      </NavLink>
      <NotificationBell className={navClass} />
      <NavLink to="/me" className={navClass}>
        {me.data && <Avatar name={me.data.displayName} seed={me.data.handle} size="sm" />}
        <span className="topnav__me-label">Me</span>
      </NavLink>
      <button type="button" className="topnav__link topnav__button" onClick={() => void logOut()}>
        Log out
      </button>
    </>
  );
}

function GuestNav() {
  return (
    <>
      <NavLink to="/login" className={navClass}>
        Log in
      </NavLink>
      <Link to="/signup" className={buttonClassName('primary', 'sm')}>
        Sign up
      </Link>
    </>
  );
}

/** The frame of every page: the top navigation bar and a centered content column. */
export function AppLayout() {
  const signedIn = useSignedIn();
  return (
    <div className="app">
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <header className="topnav">
        <div className="topnav__inner">
          <Link to="/" className="topnav__brand">
            <span className="topnav__logo" aria-hidden="true">R</span>
            <span className="topnav__name">Rapport</span>
          </Link>
          <nav className="topnav__links" aria-label="Main">
            {signedIn ? <MemberNav /> : <GuestNav />}
          </nav>
        </div>
      </header>
      <main id="main" className="page">
        <Outlet />
      </main>
    </div>
  );
}
