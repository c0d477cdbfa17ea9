import { useState } from 'react';
import { Button } from '@/components/ui/button';
import { Card } from '@/components/ui/card';
import { ErrorBox } from '@/components/ui/error-box';
import { LoadingBlock } from '@/components/ui/spinner';
import { formatDay, timeAgo } from '@/lib/format';
import { useEndOtherSessions } from '../api/end-other-sessions';
import { useEndSession } from '../api/end-session';
import { useSessions, type Session } from '../api/list-sessions';
import { deviceName } from './device-name';

/** The Settings card listing where you are signed in, with this device marked; ends one session or all the others. */
export function Sessions() {
  const sessions = useSessions();
  const endOthers = useEndOtherSessions();
  const others = sessions.data?.filter((s) => !s.current).length ?? 0;

  return (
    <Card
      title="Sessions"
      actions={
        others > 0 && (
          <Button variant="secondary" size="sm" onClick={() => endOthers.mutate()} isLoading={endOthers.isPending}>
            End all other sessions
          </Button>
        )
      }
    >
      <p className="card__intro muted">
        Every browser or device where you logged in. End a session you do not recognise: that device is logged out at
        once.
      </p>
      {endOthers.isError && <ErrorBox title="The other sessions were not ended" error={endOthers.error} />}
      {endOthers.isSuccess && others === 0 && (
        <p className="notice" role="status">
          Every other device is logged out.
        </p>
      )}
      {sessions.isPending ? (
        <LoadingBlock label="Loading your sessions…" />
      ) : sessions.isError ? (
        <ErrorBox title="Your sessions could not be loaded" error={sessions.error} onRetry={() => void sessions.refetch()} />
      ) : (
        <ul className="token-list" aria-label="Your sessions">
          {sessions.data.map((session) => (
            <SessionRow key={session.id} session={session} />
          ))}
        </ul>
      )}
    </Card>
  );
}

/** "just now", "5m ago", "3h ago", or the day. */
function lastActive(iso: string): string {
  const ago = timeAgo(iso);
  return /^\d+[mhd]$/.test(ago) ? `${ago} ago` : ago;
}

function SessionRow({ session }: { session: Session }) {
  const end = useEndSession();
  const [confirming, setConfirming] = useState(false);
  const name = deviceName(session.userAgent);

  return (
    <li className="token-row">
      <div className="token-row__text">
        <p className="token-row__name">
          <span>{name}</span>
          {session.current && <span className="token-row__scope">This device</span>}
        </p>
        <dl className="token-row__facts">
          <div>
            <dt>Logged in</dt> <dd>{formatDay(session.createdAt)}</dd>
          </div>
          <div>
            <dt>Last active</dt> <dd>{session.current ? 'now' : lastActive(session.lastSeenAt)}</dd>
          </div>
          {session.ip && (
            <div>
              <dt>From</dt> <dd>{session.ip}</dd>
            </div>
          )}
        </dl>
      </div>
      {!session.current &&
        (confirming ? (
          <div className="confirm">
            <span className="confirm__text">Log out {name}?</span>
            <Button variant="secondary" size="sm" onClick={() => setConfirming(false)} disabled={end.isPending}>
              Keep
            </Button>
            <Button variant="danger" size="sm" onClick={() => end.mutate(session.id)} isLoading={end.isPending}>
              End session
            </Button>
          </div>
        ) : (
          <Button variant="secondary" size="sm" onClick={() => setConfirming(true)} aria-label={`End session on ${name}`}>
            End
          </Button>
        ))}
      {end.isError && <ErrorBox title="The session was not ended" error={end.error} />}
    </li>
  );
}
