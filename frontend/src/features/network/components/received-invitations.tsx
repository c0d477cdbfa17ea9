import { useState } from 'react';
import { Button } from '@/components/ui/button';
import { EmptyState } from '@/components/ui/empty-state';
import { InfiniteList } from '@/components/ui/infinite-list';
import { MemberRow } from '@/components/ui/member-row';
import { formatDay } from '@/lib/format';
import { errorMessage } from '@/lib/problem';
import { useAcceptInvitation } from '../api/accept-invitation';
import { useReceivedInvitations } from '../api/list-received-invitations';
import { useMakeFollower } from '../api/make-follower';
import type { ReceivedFilters } from '../api/query-keys';
import type { ReceivedInvitation } from '../api/types';
import { ScoreBadge, ScoreReasons } from './note-score';
import { firstName } from './policy-text';

type Decision = { name: string; outcome: 'accepted' | 'follower' };

function InvitationItem({ invitation, onDecided }: { invitation: ReceivedInvitation; onDecided: (d: Decision) => void }) {
  const accept = useAcceptInvitation();
  const makeFollower = useMakeFollower();
  const busy = accept.isPending || makeFollower.isPending;
  const failed = accept.isError ? accept : makeFollower.isError ? makeFollower : null;
  const name = invitation.sender.displayName;
  // mutateAsync, not mutate callbacks: the item leaves the list (and unmounts) when the list
  // refetches, before a per-call onSuccess would run; the promise still settles.
  const decide = (mutation: typeof accept, outcome: Decision['outcome']) =>
    mutation.mutateAsync(invitation.id).then(
      () => onDecided({ name, outcome }),
      () => undefined,
    );
  return (
    <MemberRow
      member={invitation.sender}
      meta={`Sent ${formatDay(invitation.createdAt)}`}
      actions={
        <>
          <Button
            size="sm"
            isLoading={accept.isPending}
            disabled={busy}
            aria-label={`Accept ${name}`}
            onClick={() => void decide(accept, 'accepted')}
          >
            Accept
          </Button>
          <Button
            variant="secondary"
            size="sm"
            isLoading={makeFollower.isPending}
            disabled={busy}
            aria-label={`Make ${name} a follower`}
            onClick={() => void decide(makeFollower, 'follower')}
          >
            Make follower
          </Button>
        </>
      }
    >
      <div className="invitation">
        {invitation.note ? (
          <blockquote className="invitation__note prose">{invitation.note}</blockquote>
        ) : (
          <p className="invitation__note invitation__note--empty">No note.</p>
        )}
        <div className="invitation__score">
          <ScoreBadge verdict={invitation.verdict} score={invitation.score} />
        </div>
        <ScoreReasons reasons={invitation.reasons} label={`Why ${firstName(name)}'s note scored ${invitation.score}`} />
        {failed && (
          <p className="follow__error" role="alert">
            {errorMessage(failed.error)}
          </p>
        )}
      </div>
    </MemberRow>
  );
}

/**
 * Connection requests waiting for you, with each note's score and reasons; filter by verdict,
 * sort by date or score, then Accept or Make follower (there is no bare "Ignore").
 */
export function ReceivedInvitations() {
  const [filters, setFilters] = useState<ReceivedFilters>({ sort: 'NEWEST' });
  const [decision, setDecision] = useState<Decision | null>(null);
  const query = useReceivedInvitations(filters);
  return (
    <div className="stack stack--tight">
      <div className="list-filters">
        <label className="list-filters__field">
          <span>Show</span>
          <select
            className="input input--select"
            value={filters.verdict ?? ''}
            onChange={(event) =>
              setFilters({ ...filters, verdict: (event.target.value || undefined) as ReceivedFilters['verdict'] })
            }
          >
            <option value="">All requests</option>
            <option value="PERSONAL">Personal notes</option>
            <option value="GENERIC">Generic notes</option>
          </select>
        </label>
        <label className="list-filters__field">
          <span>Sort by</span>
          <select
            className="input input--select"
            value={filters.sort}
            onChange={(event) => setFilters({ ...filters, sort: event.target.value as ReceivedFilters['sort'] })}
          >
            <option value="NEWEST">Newest</option>
            <option value="SCORE">Most personal</option>
          </select>
        </label>
      </div>
      {decision && (
        <p className="notice" role="status">
          {decision.outcome === 'accepted'
            ? `You are now connected with ${decision.name}.`
            : `${decision.name} now follows you. They are told only that they follow you.`}
        </p>
      )}
      <InfiniteList<ReceivedInvitation>
        query={query}
        label="Invitations received"
        loadingLabel="Loading invitations…"
        errorTitle="Your invitations could not be loaded"
        empty={
          <EmptyState title={filters.verdict ? 'No requests match this filter.' : 'No invitations waiting.'}>
            {filters.verdict ? 'Show all requests to see the others.' : 'Connection requests sent to you appear here.'}
          </EmptyState>
        }
        renderItem={(invitation) => <InvitationItem key={invitation.id} invitation={invitation} onDecided={setDecision} />}
      />
    </div>
  );
}
