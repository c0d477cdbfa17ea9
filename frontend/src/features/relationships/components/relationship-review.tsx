import { useId, useState, type ReactNode } from 'react';
import { Link } from 'react-router';
import { Avatar } from '@/components/ui/avatar';
import { Button } from '@/components/ui/button';
import { Dialog } from '@/components/ui/dialog';
import { EmptyState } from '@/components/ui/empty-state';
import { ErrorBox } from '@/components/ui/error-box';
import { InPlaceNotice } from '@/components/ui/in-place-notice';
import { LoadingBlock } from '@/components/ui/spinner';
import { formatDay } from '@/lib/format';
import { useRelationshipSummary } from '../api/get-relationship-summary';
import { useRelationships } from '../api/list-relationships';
import { useKeepConnections } from '../api/keep-connections';
import { useMakeConnectionsFollowers } from '../api/make-connections-followers';
import type { ReviewFilters } from '../api/query-keys';
import { useRemoveConnections } from '../api/remove-connections';
import type { Relationship, RelationshipSort } from '../api/types';
import { useUnkeepConnections } from '../api/unkeep-connections';
import { lastInteractionText } from './interaction-text';
import { StrengthBadge } from './strength';

type Member = { id: number; displayName: string };
type Action = 'follower' | 'remove' | 'keep' | 'unkeep';

/**
 * What the last action did, shown where the member acted: in the list at the row's place
 * (`index`), or where the selection bar was (`index` -1). It takes the focus, so a keyboard or
 * screen-reader user hears it and carries on from there.
 */
type Outcome = { message: string; index: number; error?: unknown; undoKeep?: number[] };

function names(members: Member[]): string {
  const list = members.map((member) => member.displayName);
  if (list.length <= 2) return list.join(' and ');
  return `${list.slice(0, 2).join(', ')} and ${list.length - 2} more`;
}

function ConfirmDialog({
  action,
  members,
  onClose,
  onDone,
}: {
  action: 'follower' | 'remove';
  members: Member[];
  onClose: () => void;
  onDone: (message: string) => void;
}) {
  const [keepFollowing, setKeepFollowing] = useState(false);
  const makeFollowers = useMakeConnectionsFollowers();
  const remove = useRemoveConnections();
  const mutation = action === 'follower' ? makeFollowers : remove;
  const ids = members.map((member) => member.id);
  const count = members.length;
  const who = names(members);
  const title =
    action === 'follower'
      ? `Make ${count === 1 ? members[0].displayName : `${count} connections`} ${count === 1 ? 'a follower' : 'followers'}?`
      : `Remove ${count === 1 ? members[0].displayName : `${count} connections`}?`;

  function confirm() {
    const settle = (result: { changed: number[]; unchanged: number[] }) => {
      const changed = members.filter((member) => result.changed.includes(member.id));
      const skipped = result.unchanged.length;
      const done =
        changed.length === 0
          ? 'Nothing changed: you were no longer connected.'
          : action === 'follower'
            ? `${names(changed)} ${changed.length === 1 ? 'is' : 'are'} now ${changed.length === 1 ? 'a follower' : 'followers'}. Nobody was notified.`
            : `${names(changed)} ${changed.length === 1 ? 'is' : 'are'} no longer connected with you. Nobody was notified.`;
      onDone(skipped > 0 && changed.length > 0 ? `${done} ${skipped} were no longer connected; nothing changed for them.` : done);
    };
    if (action === 'follower') makeFollowers.mutate({ memberIds: ids, keepFollowing }, { onSuccess: settle });
    else remove.mutate(ids, { onSuccess: settle });
  }

  return (
    <Dialog title={title} onClose={onClose}>
      <div className="form">
        <p>
          {action === 'follower'
            ? `Your connection with ${who} ends quietly. They keep following you and can still read what you publish.`
            : `Your connection with ${who} ends quietly, and you stop following each other.`}
        </p>
        <p className="notice">Nobody is notified.</p>
        {action === 'follower' && (
          <label className="checkbox">
            <input type="checkbox" checked={keepFollowing} onChange={(event) => setKeepFollowing(event.target.checked)} />
            <span>Keep following {count === 1 ? 'them' : 'them all'} (their posts stay in your feed)</span>
          </label>
        )}
        {mutation.isError && <ErrorBox error={mutation.error} />}
        <div className="form__actions">
          <Button variant="secondary" onClick={onClose} disabled={mutation.isPending}>
            Cancel
          </Button>
          <Button variant={action === 'remove' ? 'danger' : 'primary'} isLoading={mutation.isPending} onClick={confirm}>
            {action === 'follower' ? (count === 1 ? 'Make follower' : 'Make followers') : count === 1 ? 'Remove connection' : 'Remove connections'}
          </Button>
        </div>
      </div>
    </Dialog>
  );
}

function ReviewRow({
  relationship,
  selected,
  busy,
  onToggle,
  onAct,
}: {
  relationship: Relationship;
  selected: boolean;
  busy: boolean;
  onToggle: () => void;
  onAct: (action: Action) => void;
}) {
  const { member } = relationship;
  const checkboxId = useId();
  const explainId = useId();
  return (
    <li className={`review-row${selected ? ' review-row--selected' : ''}`}>
      <input
        id={checkboxId}
        type="checkbox"
        className="review-row__check"
        checked={selected}
        onChange={onToggle}
        aria-label={`Select ${member.displayName}`}
      />
      <Avatar name={member.displayName} seed={member.handle} />
      <div className="review-row__main">
        <p className="review-row__title">
          <Link to={`/in/${member.handle}`} className="review-row__name">
            {member.displayName}
          </Link>
          {member.headline && <span className="review-row__headline"> · {member.headline}</span>}
        </p>
        <ul className="review-row__facts">
          <li>{relationship.howWeMet.text}</li>
          <li>Connected since {formatDay(relationship.connectedSince)}</li>
          <li className={relationship.lastInteraction ? undefined : 'review-row__quiet'}>
            {lastInteractionText(relationship.lastInteraction)}
          </li>
          {relationship.keptAt && <li className="review-row__kept">Kept on {formatDay(relationship.keptAt)}</li>}
        </ul>
        {relationship.tags.length > 0 && (
          <ul className="review-row__tags" aria-label={`Your tags on ${member.displayName}`}>
            {relationship.tags.map((tag) => (
              <li key={tag.id} className="chip chip--static">
                #{tag.name}
              </li>
            ))}
          </ul>
        )}
        <div className="review-row__bottom">
          <StrengthBadge strength={relationship.strength} name={member.displayName} />
          <div className="review-row__actions">
            {relationship.keptAt ? (
              <Button variant="ghost" size="sm" disabled={busy} onClick={() => onAct('unkeep')} aria-label={`Review again: ${member.displayName}`}>
                Review again
              </Button>
            ) : (
              <Button variant="secondary" size="sm" disabled={busy} onClick={() => onAct('keep')} aria-label={`Keep: ${member.displayName}`}>
                Keep
              </Button>
            )}
            <Button
              variant="ghost"
              size="sm"
              disabled={busy}
              onClick={() => onAct('follower')}
              aria-label={`Make follower: ${member.displayName}`}
              aria-describedby={explainId}
            >
              Make follower
            </Button>
            <Button variant="ghost" size="sm" disabled={busy} onClick={() => onAct('remove')} aria-label={`Remove: ${member.displayName}`}>
              Remove
            </Button>
          </div>
          <span id={explainId} hidden>
            Ends the connection quietly; {member.displayName} keeps following you.
          </span>
        </div>
      </div>
    </li>
  );
}

/** The outcome of the last action, in place, focused when it appears. */
function OutcomeNotice({ outcome, onUndo, undoing }: { outcome: Outcome; onUndo: () => void; undoing: boolean }) {
  return (
    <InPlaceNotice focusKey={outcome} className={outcome.error ? 'review-outcome' : 'notice review-outcome'}>
      {outcome.error ? (
        <ErrorBox title={outcome.message} error={outcome.error} takeFocus={false} />
      ) : (
        <span>{outcome.message}</span>
      )}
      {outcome.undoKeep && (
        <Button variant="ghost" size="sm" isLoading={undoing} onClick={onUndo}>
          Undo
        </Button>
      )}
    </InPlaceNotice>
  );
}

/** A row, preceded by the notice of the action taken on the row that stood here. */
function ReviewRowWithNotice({ notice, children }: { notice: ReactNode; children: ReactNode }) {
  return (
    <>
      {notice && <li className="review-row--notice">{notice}</li>}
      {children}
    </>
  );
}

const SORTS: { value: RelationshipSort; label: string }[] = [
  { value: 'LEAST_RECENT_INTERACTION', label: 'Longest without interaction' },
  { value: 'STRENGTH', label: 'Strongest first' },
  { value: 'CONNECTED_SINCE', label: 'Connected longest' },
];

/**
 * The relationship review: every connection with how we met, since when, the last interaction
 * and its strength; select some and keep them, or quietly make them followers (or remove them).
 * Kept connections are hidden until "Show kept connections" is ticked.
 */
export function RelationshipReview({ tags }: { tags: { id: number; name: string }[] }) {
  const [filters, setFilters] = useState<ReviewFilters>({ sort: 'LEAST_RECENT_INTERACTION' });
  const [selected, setSelected] = useState<Map<number, Member>>(new Map());
  const [pending, setPending] = useState<{ action: 'follower' | 'remove'; members: Member[]; index: number } | null>(null);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const summary = useRelationshipSummary();
  const review = useRelationships(filters);
  const keep = useKeepConnections();
  const unkeep = useUnkeepConnections();
  const items = review.data?.pages.flatMap((page) => page.items) ?? [];
  const showKept = filters.kept === 'INCLUDE';
  const keptCount = summary.data?.keptCount ?? 0;

  function unselect(members: Member[]) {
    const next = new Map(selected);
    for (const member of members) next.delete(member.id);
    setSelected(next);
  }

  function act(action: Action, members: Member[], index: number) {
    if (action === 'follower' || action === 'remove') {
      setPending({ action, members, index });
      return;
    }
    const ids = members.map((member) => member.id);
    const mutation = action === 'keep' ? keep : unkeep;
    mutation.mutate(ids, {
      onSuccess: (result) => {
        const changed = members.filter((member) => result.changed.includes(member.id));
        unselect(members);
        if (action === 'keep') {
          setOutcome({
            index,
            message:
              changed.length === 0
                ? 'Nothing changed: you had already kept them, or are no longer connected.'
                : `You kept ${names(changed)}.${showKept ? '' : ` Kept connections are hidden here; tick “Show kept connections” to see ${changed.length === 1 ? 'them' : 'them all'}.`}`,
            undoKeep: changed.length > 0 ? changed.map((member) => member.id) : undefined,
          });
        } else {
          setOutcome({
            index,
            message: changed.length === 0 ? 'Nothing changed.' : `${names(changed)} will be reviewed again with the others.`,
          });
        }
      },
      onError: (error) =>
        setOutcome({ index, error, message: action === 'keep' ? 'Could not keep them.' : 'Could not take back the keep.' }),
    });
  }

  function undoKeep(ids: number[]) {
    unkeep.mutate(ids, {
      onSuccess: () => setOutcome((current) => current && { index: current.index, message: 'Undone: they are back in your review.' }),
      onError: (error) => setOutcome((current) => current && { index: current.index, error, message: 'Could not undo.' }),
    });
  }

  const notice = (index: number) =>
    outcome && outcome.index === index ? (
      <OutcomeNotice outcome={outcome} undoing={unkeep.isPending} onUndo={() => outcome.undoKeep && undoKeep(outcome.undoKeep)} />
    ) : null;
  // A row's notice sits where the row was, even when the row has left the list.
  const rowNoticeIndex = outcome && outcome.index >= 0 ? Math.min(outcome.index, items.length) : null;

  function toggle(member: Member) {
    const next = new Map(selected);
    if (next.has(member.id)) next.delete(member.id);
    else next.set(member.id, member);
    setSelected(next);
  }

  const chosen = [...selected.values()];
  return (
    <div className="stack stack--tight">
      <p className="review-summary" aria-live="polite">
        {summary.data ? summary.data.text : summary.isError ? '' : ' '}
      </p>
      <div className="list-filters">
        <label className="list-filters__field">
          <span>Sort by</span>
          <select
            className="input input--select"
            value={filters.sort}
            onChange={(event) => setFilters({ ...filters, sort: event.target.value as RelationshipSort })}
          >
            {SORTS.map((sort) => (
              <option key={sort.value} value={sort.value}>
                {sort.label}
              </option>
            ))}
          </select>
        </label>
        <label className="list-filters__field">
          <span>Tag</span>
          <select
            className="input input--select"
            value={filters.tagId ?? ''}
            onChange={(event) =>
              setFilters({ ...filters, tagId: event.target.value ? Number(event.target.value) : undefined })
            }
          >
            <option value="">All connections</option>
            {tags.map((tag) => (
              <option key={tag.id} value={tag.id}>
                #{tag.name}
              </option>
            ))}
          </select>
        </label>
        <label className="checkbox list-filters__check">
          <input
            type="checkbox"
            checked={showKept}
            onChange={(event) => {
              setOutcome(null);
              setFilters({ ...filters, kept: event.target.checked ? 'INCLUDE' : 'HIDE' });
            }}
          />
          <span>Show kept connections{keptCount > 0 ? ` (${keptCount.toLocaleString('en-US')})` : ''}</span>
        </label>
      </div>
      {chosen.length > 0 && (
        <div className="bulk-bar" role="region" aria-label="Selected connections">
          <span className="bulk-bar__count">{chosen.length} selected</span>
          <div className="bulk-bar__actions">
            <Button variant="secondary" size="sm" isLoading={keep.isPending} onClick={() => act('keep', chosen, -1)}>
              Keep
            </Button>
            <Button size="sm" onClick={() => act('follower', chosen, -1)}>
              Make followers
            </Button>
            <Button variant="danger" size="sm" onClick={() => act('remove', chosen, -1)}>
              Remove
            </Button>
            <Button variant="ghost" size="sm" onClick={() => setSelected(new Map())}>
              Clear
            </Button>
          </div>
        </div>
      )}
      {chosen.length > 0 && (
        <p className="muted bulk-bar__hint">
          Keep: they stay connected and leave this review. Make followers: the connections end quietly; they keep
          following you.
        </p>
      )}
      {notice(-1)}
      {review.isPending ? (
        <LoadingBlock label="Loading your connections…" />
      ) : review.isError && items.length === 0 ? (
        <ErrorBox title="Your connections could not be loaded" error={review.error} onRetry={() => void review.refetch()} />
      ) : items.length === 0 ? (
        <>
          {rowNoticeIndex !== null && notice(outcome!.index)}
          <EmptyState
            title={
              filters.tagId !== undefined
                ? 'No connection carries this tag.'
                : keptCount > 0 && !showKept
                  ? 'You have reviewed every connection.'
                  : 'You have no connections yet.'
            }
          >
            {filters.tagId !== undefined ? (
              'Choose “All connections” to see the others.'
            ) : keptCount > 0 && !showKept ? (
              'The ones you kept are hidden; tick “Show kept connections” to see them.'
            ) : (
              <Link to="/network/suggestions">Find people you know</Link>
            )}
          </EmptyState>
        </>
      ) : (
        <>
          <ul className="review-list" aria-label="Your connections">
            {items.map((relationship, index) => (
              <ReviewRowWithNotice key={relationship.member.id} notice={rowNoticeIndex === index ? notice(outcome!.index) : null}>
                <ReviewRow
                  relationship={relationship}
                  selected={selected.has(relationship.member.id)}
                  busy={keep.isPending || unkeep.isPending}
                  onToggle={() => toggle(relationship.member)}
                  onAct={(action) => act(action, [relationship.member], index)}
                />
              </ReviewRowWithNotice>
            ))}
            {rowNoticeIndex !== null && rowNoticeIndex === items.length && <li className="review-row--notice">{notice(outcome!.index)}</li>}
          </ul>
          {review.isFetchNextPageError && <ErrorBox title="More could not be loaded" error={review.error} />}
          {review.hasNextPage && (
            <div className="list-footer">
              <Button variant="secondary" onClick={() => void review.fetchNextPage()} isLoading={review.isFetchingNextPage}>
                Load more
              </Button>
            </div>
          )}
        </>
      )}
      {pending && (
        <ConfirmDialog
          action={pending.action}
          members={pending.members}
          onClose={() => setPending(null)}
          onDone={(message) => {
            setOutcome({ message, index: pending.index });
            setPending(null);
            unselect(pending.members);
          }}
        />
      )}
    </div>
  );
}
