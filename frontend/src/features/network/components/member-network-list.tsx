import { EmptyState } from '@/components/ui/empty-state';
import { InfiniteList } from '@/components/ui/infinite-list';
import { MemberRow } from '@/components/ui/member-row';
import { ApiError } from '@/lib/problem';
import { useMemberNetwork } from '../api/list-member-network';
import type { MemberListKind } from '../api/query-keys';
import type { NetworkMember } from '../api/types';
import { FollowButton } from './follow-button';
import { firstName } from './policy-text';

/** What each list is called and says when empty, for a member called `name`. */
const WORDS: Record<MemberListKind, (name: string) => { whose: string; empty: string }> = {
  connections: (name) => ({ whose: `${name}'s connections`, empty: `${name} has no connections yet.` }),
  followers: (name) => ({ whose: `${name}'s followers`, empty: `Nobody follows ${name} yet.` }),
  following: (name) => ({ whose: `the members ${name} follows`, empty: `${name} doesn't follow anyone yet.` }),
};

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** Where you stand with a person of someone else's list: the only news worth a line. */
function yourRelation(item: NetworkMember): string {
  const parts = [];
  if (item.connected) parts.push('Your connection');
  if (item.followsMe && !item.connected) parts.push('Follows you');
  if (item.connected && !item.followsMe) parts.push("Doesn't follow you");
  return parts.join(' · ');
}

type MemberNetworkListProps = {
  handle: string;
  displayName: string;
  kind: MemberListKind;
  /** Your member id: you appear as "You", without a Follow button. */
  myId?: number;
};

/**
 * Another member's connections, followers or following, newest first, each person with Follow
 * (or "You"). When the member hides the list from you, says why instead.
 */
export function MemberNetworkList({ handle, displayName, kind, myId }: MemberNetworkListProps) {
  const query = useMemberNetwork(handle, kind);
  const name = firstName(displayName);
  const words = WORDS[kind](name);
  if (query.isError && !query.data && query.error instanceof ApiError && query.error.status === 403) {
    return (
      <EmptyState title={query.error.message}>You can see how many, not who.</EmptyState>
    );
  }
  return (
    <InfiniteList<NetworkMember>
      query={query}
      label={capitalize(words.whose)}
      loadingLabel={`Loading ${words.whose}…`}
      errorTitle={`${capitalize(words.whose)} could not be loaded`}
      empty={words.empty}
      renderItem={(item) => {
        const isMe = item.member.id === myId;
        return (
          <MemberRow
            key={item.member.id}
            member={item.member}
            meta={isMe ? undefined : yourRelation(item) || undefined}
            actions={
              isMe ? (
                <span className="degree-badge degree-badge--self">
                  You<span className="visually-hidden"> (this is your profile)</span>
                </span>
              ) : (
                <FollowButton memberId={item.member.id} displayName={item.member.displayName} following={item.following} />
              )
            }
          />
        );
      }}
    />
  );
}
