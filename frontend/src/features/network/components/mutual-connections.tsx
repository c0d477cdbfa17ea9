import { useState } from 'react';
import { InfiniteList } from '@/components/ui/infinite-list';
import { MemberRow } from '@/components/ui/member-row';
import { pluralCount } from '@/lib/format';
import { useMutualConnections } from '../api/list-mutual-connections';
import type { MemberSummary, NetworkMember } from '../api/types';

/** "A", "A and B", "A, B and C", "A, B and 10 others". */
export function mutualNames(count: number, preview: MemberSummary[]): string {
  const names = preview.map((member) => member.displayName);
  if (count <= names.length && names.length <= 3) {
    return names.length <= 1 ? names.join('') : `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
  }
  const shown = names.slice(0, 2);
  const rest = count - shown.length;
  return `${shown.join(', ')} and ${pluralCount(rest, 'other')}`;
}

type MutualConnectionsProps = { handle: string; count: number; preview: MemberSummary[] };

/** "12 mutual connections: A, B and 10 others", opening the full list on demand. */
export function MutualConnections({ handle, count, preview }: MutualConnectionsProps) {
  const [open, setOpen] = useState(false);
  const list = useMutualConnections(handle, open);
  if (count === 0) return null;
  return (
    <div className="mutual">
      <button type="button" className="mutual__toggle" aria-expanded={open} onClick={() => setOpen(!open)}>
        {pluralCount(count, 'mutual connection')}
        {preview.length > 0 && `: ${mutualNames(count, preview)}`}
      </button>
      {open && (
        <div className="mutual__list">
          <InfiniteList<NetworkMember>
            query={list}
            label="Mutual connections"
            loadingLabel="Loading mutual connections…"
            errorTitle="Mutual connections could not be loaded"
            empty="No mutual connections any more."
            renderItem={(item) => <MemberRow key={item.member.id} member={item.member} />}
          />
        </div>
      )}
    </div>
  );
}

