import { useCallback, useRef, useState } from 'react';
import { Link, NavLink, Outlet, useLocation } from 'react-router';
import { Avatar } from '@/components/ui/avatar';
import { buttonClassName } from '@/components/ui/button';
import { useLogOut } from '@/features/auth/hooks/use-log-out';
import { useInboxCounts } from '@/features/inbox/api/get-inbox-counts';
import { NotificationBell } from '@/features/notifications/components/notification-bell';
import { useLiveUpdates } from '@/lib/live-updates';
import { useCurrentMember, useSignedIn } from '@/lib/session';
import { useDismiss } from '@/lib/use-dismiss';

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

const ME_LINKS = [
  { to: '/me', label: 'View my profile' },
  { to: '/review', label: 'Review my connections' },
  { to: '/settings', label: 'Settings' },
  { to: '/settings#requests', label: 'Who can send me requests', sub: true },
  { to: '/settings#public-profile', label: 'Public profile', sub: true },
  { to: '/settings#blocked', label: 'Blocked members', sub: true },
  { to: '/settings#sessions', label: 'Signed-in devices', sub: true },
  { to: '/settings#tokens', label: 'Access tokens', sub: true },
];

/** "Me ▾": my profile, the review, settings and its sections, log out. Escape or a click outside closes it. */
function MeMenu() {
  const me = useCurrentMember();
  const logOut = useLogOut();
  const [open, setOpen] = useState(false);
  const box = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  const close = useCallback(() => setOpen(false), []);
  useDismiss(open, close, box, button);
  return (
    <div className="menu me-menu" ref={box}>
      <button
        ref={button}
        type="button"
        className="topnav__link topnav__button me-menu__button"
        aria-expanded={open}
        aria-controls="me-menu"
        onClick={() => setOpen(!open)}
      >
        {me.data && <Avatar name={me.data.displayName} seed={me.data.handle} size="sm" />}
        <span className="me-menu__label">Me</span>
        <span aria-hidden="true">▾</span>
      </button>
      {open && (
        <div className="menu__panel me-menu__panel" id="me-menu">
          {me.data && (
            <p className="me-menu__who">
              <strong>{me.data.displayName}</strong>
              <span className="muted">@{me.data.handle}</span>
            </p>
          )}
          <ul className="me-menu__list" aria-label="Me">
            {ME_LINKS.map((link) => (
              <li key={link.to}>
                <Link to={link.to} className={`menu__item${link.sub ? ' me-menu__sub' : ''}`} onClick={close}>
                  {link.label}
                </Link>
              </li>
            ))}
            <li>
              <button
                type="button"
                className="menu__item"
                onClick={() => {
                  close();
                  void logOut();
                }}
              >
                Log out
              </button>
            </li>
          </ul>
        </div>
      )}
    </div>
  );
}

function MemberNav() {
  const me = useCurrentMember();
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
    </>
  );
}

function GuestNav() {
  // From a page a visitor may see (a public profile), logging in comes back to it.
  const { pathname } = useLocation();
  const from = pathname.startsWith('/in/') ? { from: pathname } : undefined;
  return (
    <>
      <NavLink to="/login" state={from} className={navClass}>
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
        <div className={signedIn ? 'topnav__inner topnav__inner--member' : 'topnav__inner'}>
          <Link to="/" className="topnav__brand">
            <span className="topnav__logo" aria-hidden="true">R</span>
            <span className="topnav__name">Rapport</span>
          </Link>
          <nav className="topnav__links" aria-label="Main">
            {signedIn ? <MemberNav /> : <GuestNav />}
          </nav>
          {signedIn && <MeMenu />}
        </div>
      </header>
      <main id="main" className="page">
        <Outlet />
      </main>
    </div>
  );
}
