import type { ReactNode } from 'react';
import { EmptyState } from '@/components/ui/empty-state';
import { InfiniteList } from '@/components/ui/infinite-list';
import { MemberRow } from '@/components/ui/member-row';
import { formatDay, pluralCount } from '@/lib/format';
import { useConnections } from '../api/list-connections';
import { useFollowers } from '../api/list-followers';
import { useFollowing } from '../api/list-following';
import { useSuggestions } from '../api/list-suggestions';
import type { NetworkMember, Suggestion } from '../api/types';
import { FollowButton } from './follow-button';

function relationMeta(item: NetworkMember, verb: string): string {
  const parts = [];
  if (item.since) parts.push(`${verb} ${formatDay(item.since)}`);
  if (item.connected && verb !== 'Connected') parts.push('Connection');
  // Connections follow each other unless one unfollowed: only the exception is worth saying.
  if (item.connected && !item.followsMe) parts.push("Doesn't follow you");
  if (!item.connected && item.followsMe && verb !== 'Follows you since') parts.push('Follows you');
  return parts.join(' · ');
}

/** More actions a page adds to each person of a list (for example private tags). */
export type ExtraActions = (member: NetworkMember['member']) => ReactNode;

function row(item: NetworkMember, verb: string, extraActions?: ExtraActions) {
  return (
    <MemberRow
      key={item.member.id}
      member={item.member}
      meta={relationMeta(item, verb)}
      actions={
        <>
          {extraActions?.(item.member)}
          <FollowButton memberId={item.member.id} displayName={item.member.displayName} following={item.following} />
        </>
      }
    />
  );
}

/** Your connections, newest first, each with Follow/Following (unfollowing keeps the connection). */
export function ConnectionsList({ extraActions }: { extraActions?: ExtraActions }) {
  return (
    <InfiniteList<NetworkMember>
      query={useConnections()}
      label="Connections"
      loadingLabel="Loading connections…"
      errorTitle="Your connections could not be loaded"
      empty={
        <EmptyState title="No connections yet.">
          Connect with people you know from their profile page, with a personal note.
        </EmptyState>
      }
      renderItem={(item) => row(item, 'Connected', extraActions)}
    />
  );
}

/** Members who follow you, each with Follow back. */
export function FollowersList() {
  return (
    <InfiniteList<NetworkMember>
      query={useFollowers()}
      label="Followers"
      loadingLabel="Loading followers…"
      errorTitle="Your followers could not be loaded"
      empty={<EmptyState title="No followers yet.">When someone follows you, they appear here.</EmptyState>}
      renderItem={(item) => row(item, 'Follows you since')}
    />
  );
}

/** Members you follow, each with Following (click to unfollow). */
export function FollowingList({ extraActions }: { extraActions?: ExtraActions }) {
  return (
    <InfiniteList<NetworkMember>
      query={useFollowing()}
      label="Following"
      loadingLabel="Loading the members you follow…"
      errorTitle="The members you follow could not be loaded"
      empty={<EmptyState title="You don't follow anyone yet.">Follow people from search or from their profile.</EmptyState>}
      renderItem={(item) => row(item, 'Followed', extraActions)}
    />
  );
}

/** People you may know: 2nd-degree members, most mutual connections first, each with Follow. */
export function SuggestionsList() {
  return (
    <InfiniteList<Suggestion>
      query={useSuggestions()}
      label="People you may know"
      loadingLabel="Finding people you may know…"
      errorTitle="Suggestions could not be loaded"
      empty={
        <EmptyState title="No suggestions yet.">
          Suggestions come from your connections' connections: connect with people you know first.
        </EmptyState>
      }
      renderItem={(item) => (
        <MemberRow
          key={item.member.id}
          member={item.member}
          meta={pluralCount(item.mutualConnectionCount, 'mutual connection')}
          actions={<FollowButton memberId={item.member.id} displayName={item.member.displayName} />}
        />
      )}
    />
  );
}
