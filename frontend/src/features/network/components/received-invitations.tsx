import { useState, type ReactNode } from 'react';
import { useSearchParams } from 'react-router';
import { Button } from '@/components/ui/button';
import { EmptyState } from '@/components/ui/empty-state';
import { actedAt, InPlaceNotice, noticePosition, type ActedAt } from '@/components/ui/in-place-notice';
import { InfiniteList } from '@/components/ui/infinite-list';
import { MemberRow } from '@/components/ui/member-row';
import { formatDay } from '@/lib/format';
import { errorMessage } from '@/lib/problem';
import { useReceivedInvitations } from '../api/list-received-invitations';
import { useMakeFollower } from '../api/make-follower';
import type { ReceivedFilters } from '../api/query-keys';
import type { ReceivedInvitation } from '../api/types';
import { AcceptReplyForm } from './accept-reply-form';
import { ScoreBadge, ScoreReasons } from './note-score';
import { firstName } from './policy-text';

/** A decision, said where it was taken: `place` is where the request stood in the list. */
type Decision = { name: string; outcome: 'accepted' | 'replied' | 'follower'; place: ActedAt };

const MAKE_FOLLOWER_HINT =
  'Make follower: they follow you and see your public posts, without a connection. They are told only that they now follow you.';

function InvitationItem({
  invitation,
  onDecided,
}: {
  invitation: ReceivedInvitation;
  onDecided: (d: Omit<Decision, 'place'>) => void;
}) {
  const [accepting, setAccepting] = useState(false);
  const makeFollower = useMakeFollower();
  const name = invitation.sender.displayName;
  // mutateAsync, not mutate callbacks: the item leaves the list (and unmounts) when the list
  // refetches, before a per-call onSuccess would run; the promise still settles.
  const follower = () =>
    makeFollower.mutateAsync(invitation.id).then(
      () => onDecided({ name, outcome: 'follower' }),
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
            disabled={makeFollower.isPending}
            aria-label={`Accept ${name}`}
            aria-expanded={accepting}
            onClick={() => setAccepting(true)}
          >
            Accept
          </Button>
          <Button
            variant="secondary"
            size="sm"
            isLoading={makeFollower.isPending}
            disabled={accepting}
            aria-label={`Make follower: ${name}`}
            title={MAKE_FOLLOWER_HINT}
            onClick={() => void follower()}
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
        {accepting && (
          <AcceptReplyForm
            invitationId={invitation.id}
            senderName={name}
            onAccepted={(withReply) => onDecided({ name, outcome: withReply ? 'replied' : 'accepted' })}
            onCancel={() => setAccepting(false)}
          />
        )}
        {makeFollower.isError && (
          <p className="follow__error" role="alert">
            {errorMessage(makeFollower.error)}
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
  const [params, setParams] = useSearchParams();
  const filters = filtersFrom(params);
  const [decision, setDecision] = useState<Decision | null>(null);
  const query = useReceivedInvitations(filters);
  const items = query.data?.pages.flatMap((page) => page.items) ?? [];
  const keys = items.map((invitation) => invitation.id);
  const noticeAt = decision ? noticePosition(decision.place, keys) : null;

  function setFilters(next: ReceivedFilters) {
    const search = new URLSearchParams(params);
    if (next.verdict) search.set('show', next.verdict);
    else search.delete('show');
    if (next.sort !== 'NEWEST') search.set('sort', next.sort);
    else search.delete('sort');
    setDecision(null);
    setParams(search, { replace: true });
  }

  const notice = decision && <DecisionNotice decision={decision} />;
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
      <p className="muted list-hint">{MAKE_FOLLOWER_HINT}</p>
      <InfiniteList<ReceivedInvitation>
        query={query}
        label="Invitations received"
        loadingLabel="Loading invitations…"
        errorTitle="Your invitations could not be loaded"
        empty={
          <>
            {notice}
            <EmptyState title={filters.verdict ? 'No requests match this filter.' : 'No invitations waiting.'}>
              {filters.verdict ? 'Show all requests to see the others.' : 'Connection requests sent to you appear here.'}
            </EmptyState>
          </>
        }
        renderItem={(invitation) => {
          const index = items.indexOf(invitation);
          return (
            <InvitationSlot key={invitation.id} notice={noticeAt === index ? notice : null}>
              <InvitationItem
                invitation={invitation}
                onDecided={(made) => setDecision({ ...made, place: actedAt(keys, index) })}
              />
            </InvitationSlot>
          );
        }}
      />
      {decision && items.length > 0 && noticeAt === items.length && notice}
    </div>
  );
}

/** `?show=PERSONAL&sort=SCORE`: the filters live in the address, so a reload or a shared link keeps them. */
function filtersFrom(params: URLSearchParams): ReceivedFilters {
  const show = params.get('show');
  const verdict = show === 'PERSONAL' || show === 'GENERIC' ? show : undefined;
  return { sort: params.get('sort') === 'SCORE' ? 'SCORE' : 'NEWEST', ...(verdict ? { verdict } : {}) };
}

function InvitationSlot({ notice, children }: { notice: ReactNode; children: ReactNode }) {
  return (
    <>
      {notice && <li className="member-row member-row--notice">{notice}</li>}
      {children}
    </>
  );
}

/** What the decision did, where the request was; it takes the focus so the keyboard carries on from here. */
function DecisionNotice({ decision }: { decision: Decision }) {
  return (
    <InPlaceNotice focusKey={decision}>
      {decision.outcome === 'accepted'
        ? `You are now connected with ${decision.name}.`
        : decision.outcome === 'replied'
          ? `You are now connected with ${decision.name}. Your reply opened your conversation.`
          : `${decision.name} now follows you. They are told only that they follow you.`}
    </InPlaceNotice>
  );
}
