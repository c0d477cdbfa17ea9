// The access token of the signed-in member, kept in localStorage and observable by React
// (useSyncExternalStore), so every tab and every protected route reacts when it changes.

const STORAGE_KEY = 'rapport.session';

type Session = { token: string; expiresAt: number };

const listeners = new Set<() => void>();

/** Why the last session ended in this tab, so the login (or sign-up) page can say it. */
export type SessionEnd = 'expired' | 'loggedOut' | 'accountDeleted';
let lastSessionEnd: SessionEnd | null = null;

export function getLastSessionEnd(): SessionEnd | null {
  return lastSessionEnd;
}

function read(): Session | null {
  try {
    const raw = window.localStorage.getItem(STORAGE_KEY);
    if (!raw) return null;
    const session = JSON.parse(raw) as Session;
    if (typeof session.token !== 'string' || typeof session.expiresAt !== 'number') return null;
    return session;
  } catch {
    return null;
  }
}

function notify() {
  for (const listener of listeners) listener();
}

/** The token if there is one that has not expired yet. */
export function getAccessToken(): string | null {
  const session = read();
  if (!session || session.expiresAt <= Date.now()) return null;
  return session.token;
}

export function setAccessToken(token: string, expiresInSeconds: number) {
  lastSessionEnd = null;
  const session: Session = { token, expiresAt: Date.now() + expiresInSeconds * 1000 };
  window.localStorage.setItem(STORAGE_KEY, JSON.stringify(session));
  notify();
}

export function clearAccessToken(reason: SessionEnd = 'loggedOut') {
  lastSessionEnd = reason;
  if (window.localStorage.getItem(STORAGE_KEY) === null) return;
  window.localStorage.removeItem(STORAGE_KEY);
  notify();
}

export function subscribeToAccessToken(listener: () => void): () => void {
  listeners.add(listener);
  const onStorage = (event: StorageEvent) => {
    if (event.key === STORAGE_KEY || event.key === null) listener();
  };
  window.addEventListener('storage', onStorage);
  return () => {
    listeners.delete(listener);
    window.removeEventListener('storage', onStorage);
  };
}
