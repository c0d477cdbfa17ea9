import { useId, useState } from 'react';
import { Link } from 'react-router';
import { Avatar } from '@/components/ui/avatar';
import { Button } from '@/components/ui/button';
import { Dialog } from '@/components/ui/dialog';
import { EmptyState } from '@/components/ui/empty-state';
import { ErrorBox } from '@/components/ui/error-box';
import { LoadingBlock } from '@/components/ui/spinner';
import { formatDay } from '@/lib/format';
import { useRelationshipSummary } from '../api/get-relationship-summary';
import { useRelationships } from '../api/list-relationships';
import { useMakeConnectionsFollowers } from '../api/make-connections-followers';
import type { ReviewFilters } from '../api/query-keys';
import { useRemoveConnections } from '../api/remove-connections';
import type { Relationship, RelationshipSort } from '../api/types';
import { lastInteractionText } from './interaction-text';
import { StrengthBadge } from './strength';

type Member = { id: number; displayName: string };
type Action = 'follower' | 'remove';

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
  action: Action;
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
  onToggle,
  onAct,
}: {
  relationship: Relationship;
  selected: boolean;
  onToggle: () => void;
  onAct: (action: Action) => void;
}) {
  const { member } = relationship;
  const checkboxId = useId();
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
            <Button variant="ghost" size="sm" onClick={() => onAct('follower')} aria-label={`Make ${member.displayName} a follower`}>
              Make follower
            </Button>
            <Button variant="ghost" size="sm" onClick={() => onAct('remove')} aria-label={`Remove ${member.displayName}`}>
              Remove
            </Button>
          </div>
        </div>
      </div>
    </li>
  );
}

const SORTS: { value: RelationshipSort; label: string }[] = [
  { value: 'LEAST_RECENT_INTERACTION', label: 'Longest without interaction' },
  { value: 'STRENGTH', label: 'Strongest first' },
  { value: 'CONNECTED_SINCE', label: 'Connected longest' },
];

/**
 * The relationship review: every connection with how we met, since when, the last interaction
 * and its strength; select some and quietly make them followers (or remove them).
 */
export function RelationshipReview({ tags }: { tags: { id: number; name: string }[] }) {
  const [filters, setFilters] = useState<ReviewFilters>({ sort: 'LEAST_RECENT_INTERACTION' });
  const [selected, setSelected] = useState<Map<number, Member>>(new Map());
  const [pending, setPending] = useState<{ action: Action; members: Member[] } | null>(null);
  const [outcome, setOutcome] = useState<string | null>(null);
  const summary = useRelationshipSummary();
  const review = useRelationships(filters);
  const items = review.data?.pages.flatMap((page) => page.items) ?? [];

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
      </div>
      {outcome && (
        <p className="notice" role="status">
          {outcome}
        </p>
      )}
      {chosen.length > 0 && (
        <div className="bulk-bar" role="region" aria-label="Selected connections">
          <span className="bulk-bar__count">{chosen.length} selected</span>
          <div className="bulk-bar__actions">
            <Button size="sm" onClick={() => setPending({ action: 'follower', members: chosen })}>
              Make followers
            </Button>
            <Button variant="danger" size="sm" onClick={() => setPending({ action: 'remove', members: chosen })}>
              Remove
            </Button>
            <Button variant="ghost" size="sm" onClick={() => setSelected(new Map())}>
              Clear
            </Button>
          </div>
        </div>
      )}
      {review.isPending ? (
        <LoadingBlock label="Loading your connections…" />
      ) : review.isError && items.length === 0 ? (
        <ErrorBox title="Your connections could not be loaded" error={review.error} onRetry={() => void review.refetch()} />
      ) : items.length === 0 ? (
        <EmptyState title={filters.tagId !== undefined ? 'No connection carries this tag.' : 'You have no connections yet.'}>
          {filters.tagId !== undefined ? 'Choose “All connections” to see the others.' : <Link to="/network/suggestions">Find people you know</Link>}
        </EmptyState>
      ) : (
        <>
          <ul className="review-list" aria-label="Your connections">
            {items.map((relationship) => (
              <ReviewRow
                key={relationship.member.id}
                relationship={relationship}
                selected={selected.has(relationship.member.id)}
                onToggle={() => toggle(relationship.member)}
                onAct={(action) => setPending({ action, members: [relationship.member] })}
              />
            ))}
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
            setOutcome(message);
            setPending(null);
            const next = new Map(selected);
            for (const member of pending.members) next.delete(member.id);
            setSelected(next);
          }}
        />
      )}
    </div>
  );
}
