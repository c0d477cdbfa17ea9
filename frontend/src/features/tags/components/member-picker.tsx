import { useState } from 'react';
import { Avatar } from '@/components/ui/avatar';
import { Button } from '@/components/ui/button';
import { ErrorBox } from '@/components/ui/error-box';
import { LoadingBlock } from '@/components/ui/spinner';
import { formatPosition } from '@/lib/format';
import { useAddTaggedMembers } from '../api/add-tagged-members';
import { useMemberSearch } from '../api/search-members';
import type { Tag } from '../api/types';

/** Finds people by name and puts the ones picked under a tag in one go (they must be contacts). */
export function MemberPicker({ tag }: { tag: Tag }) {
  const [q, setQ] = useState('');
  const [picked, setPicked] = useState<Map<number, string>>(new Map());
  const search = useMemberSearch(q);
  const add = useAddTaggedMembers(tag.id);
  const [done, setDone] = useState<string>();

  function togglePick(id: number, name: string) {
    setDone(undefined);
    setPicked((current) => {
      const next = new Map(current);
      if (next.has(id)) next.delete(id);
      else next.set(id, name);
      return next;
    });
  }

  function submit() {
    const names = [...picked.values()];
    add.mutate([...picked.keys()], {
      onSuccess: () => {
        setPicked(new Map());
        setDone(`Tagged ${names.join(', ')} as #${tag.name}.`);
      },
    });
  }

  return (
    <div className="picker">
      <div className="field">
        <label className="field__label" htmlFor={`picker-${tag.id}`} title="People you follow or are connected to">
          Add people to #{tag.name}
        </label>
        <input
          id={`picker-${tag.id}`}
          className="input"
          type="search"
          placeholder="Search by name"
          value={q}
          onChange={(event) => setQ(event.target.value)}
        />
      </div>
      {q.trim().length > 1 && search.isPending && <LoadingBlock label="Searching…" />}
      {search.isError && <ErrorBox error={search.error} onRetry={() => void search.refetch()} />}
      {search.data && search.data.length === 0 && <p className="muted">None of the people you follow or are connected to matches “{q}”.</p>}
      {search.data && search.data.length > 0 && (
        <ul className="member-list picker__results" aria-label="People found">
          {search.data.map((member) => (
            <li key={member.id} className="member-row member-row--compact">
              <input
                type="checkbox"
                id={`pick-${tag.id}-${member.id}`}
                checked={picked.has(member.id)}
                onChange={() => togglePick(member.id, member.displayName)}
              />
              <Avatar name={member.displayName} seed={member.handle} size="sm" />
              <label htmlFor={`pick-${tag.id}-${member.id}`} className="member-row__text">
                <span className="member-row__name">{member.displayName}</span>{' '}
                <span className="member-row__details">
                  {member.headline || formatPosition(member.currentTitle, member.currentCompany) || `@${member.handle}`}
                </span>
              </label>
            </li>
          ))}
        </ul>
      )}
      {add.isError && <ErrorBox title="Nobody was tagged" error={add.error} />}
      {done && (
        <p className="notice" role="status">
          {done}
        </p>
      )}
      {picked.size > 0 && (
        <div className="form__actions form__actions--start">
          <Button onClick={submit} isLoading={add.isPending}>
            Add {picked.size === 1 ? '1 person' : `${picked.size} people`} to #{tag.name}
          </Button>
        </div>
      )}
    </div>
  );
}
