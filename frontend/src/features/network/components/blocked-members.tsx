import { Button } from '@/components/ui/button';
import { EmptyState } from '@/components/ui/empty-state';
import { InfiniteList } from '@/components/ui/infinite-list';
import { MemberRow } from '@/components/ui/member-row';
import { formatDay } from '@/lib/format';
import { errorMessage } from '@/lib/problem';
import { useBlocks } from '../api/list-blocks';
import type { NetworkMember } from '../api/types';
import { useUnblockMember } from '../api/unblock-member';

function BlockedRow({ item }: { item: NetworkMember }) {
  const unblock = useUnblockMember();
  return (
    <MemberRow
      member={item.member}
      meta={item.since ? `Blocked ${formatDay(item.since)}` : undefined}
      actions={
        <Button
          variant="secondary"
          size="sm"
          isLoading={unblock.isPending}
          aria-label={`Unblock ${item.member.displayName}`}
          onClick={() => unblock.mutate(item.member.id)}
        >
          Unblock
        </Button>
      }
    >
      {unblock.isError && (
        <p className="follow__error" role="alert">
          {errorMessage(unblock.error)}
        </p>
      )}
    </MemberRow>
  );
}

/** The members you blocked, each with Unblock (what the block removed does not come back). */
export function BlockedMembers() {
  return (
    <InfiniteList<NetworkMember>
      query={useBlocks()}
      label="Blocked members"
      loadingLabel="Loading blocked members…"
      errorTitle="Blocked members could not be loaded"
      empty={<EmptyState title="You haven't blocked anyone." />}
      renderItem={(item) => <BlockedRow key={item.member.id} item={item} />}
    />
  );
}
