import { useState } from 'react';
import { Link } from 'react-router';
import { Avatar } from '@/components/ui/avatar';
import { Button } from '@/components/ui/button';
import { Card } from '@/components/ui/card';
import { EmptyState } from '@/components/ui/empty-state';
import { ErrorBox } from '@/components/ui/error-box';
import { LoadingBlock } from '@/components/ui/spinner';
import { formatPosition } from '@/lib/format';
import { useTaggedMembers } from '../api/list-tagged-members';
import { useRemoveTaggedMembers } from '../api/remove-tagged-members';
import type { Tag } from '../api/types';
import { MemberPicker } from './member-picker';

/** The people under one tag, paginated, with removal one by one or in bulk, and the picker to add more. */
export function TaggedMembers({ tag }: { tag: Tag }) {
  const members = useTaggedMembers(tag.id);
  const remove = useRemoveTaggedMembers(tag.id);
  const [selected, setSelected] = useState<Set<number>>(new Set());
  const items = members.data?.pages.flatMap((page) => page.items) ?? [];

  function toggle(id: number) {
    setSelected((current) => {
      const next = new Set(current);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });
  }

  function removeIds(ids: number[]) {
    remove.mutate(ids, { onSuccess: () => setSelected(new Set()) });
  }

  return (
    <Card title={`People under #${tag.name}`}>
      <MemberPicker tag={tag} />
      <div className="tagged-members">
        {members.isPending && <LoadingBlock label="Loading people…" />}
        {members.isError && !members.data && (
          <ErrorBox title="The people under this tag could not be loaded" error={members.error} onRetry={() => void members.refetch()} />
        )}
        {members.data && items.length === 0 && (
          <EmptyState title={`Nobody is under #${tag.name} yet.`}>
            Search above, or use “Your tags” on anyone’s profile you follow or are connected to.
          </EmptyState>
        )}
        {items.length > 0 && (
          <ul className="member-list" aria-label={`People under ${tag.name}`}>
            {items.map((member) => (
              <li key={member.id} className="member-row member-row--compact">
                <input
                  type="checkbox"
                  aria-label={`Select ${member.displayName}`}
                  checked={selected.has(member.id)}
                  onChange={() => toggle(member.id)}
                />
                <Avatar name={member.displayName} seed={member.handle} size="sm" />
                <div className="member-row__text">
                  <Link className="member-row__name" to={`/in/${member.handle}`}>
                    {member.displayName}
                  </Link>{' '}
                  <span className="member-row__details">
                    {member.headline || formatPosition(member.currentTitle, member.currentCompany)}
                  </span>
                </div>
                <Button
                  variant="ghost"
                  size="sm"
                  className="member-row__end"
                  onClick={() => removeIds([member.id])}
                  disabled={remove.isPending}
                  aria-label={`Remove ${member.displayName} from ${tag.name}`}
                >
                  Remove
                </Button>
              </li>
            ))}
          </ul>
        )}
        {remove.isError && <ErrorBox title="Nobody was removed" error={remove.error} />}
        {selected.size > 0 && (
          <div className="form__actions form__actions--start">
            <Button variant="danger" size="sm" onClick={() => removeIds([...selected])} isLoading={remove.isPending}>
              Remove {selected.size} selected from #{tag.name}
            </Button>
          </div>
        )}
        {members.hasNextPage && (
          <div className="list-footer">
            <Button variant="secondary" onClick={() => void members.fetchNextPage()} isLoading={members.isFetchingNextPage}>
              Load more
            </Button>
          </div>
        )}
      </div>
    </Card>
  );
}
