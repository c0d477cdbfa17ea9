import { Link, NavLink, useParams } from 'react-router';
import { Card } from '@/components/ui/card';
import { LoadingBlock } from '@/components/ui/spinner';
import { MemberNetworkList } from '@/features/network/components/member-network-list';
import { useProfile } from '@/features/profiles/api/get-profile';
import { useCurrentMember } from '@/lib/session';
import { NotFoundRoute } from './not-found';
import { ProfileLoadError } from './profile';

const numbers = new Intl.NumberFormat('en-US');

const LISTS = [
  { kind: 'connections', label: 'Connections', count: 'connectionCount' },
  { kind: 'followers', label: 'Followers', count: 'followerCount' },
  { kind: 'following', label: 'Following', count: 'followingCount' },
] as const;

/** Another member's network at /in/:handle/connections, /followers and /following. */
export function MemberNetworkRoute() {
  const { handle = '', list = '' } = useParams();
  const current = LISTS.find((candidate) => candidate.kind === list);
  const profile = useProfile(handle);
  const me = useCurrentMember();

  if (!current) return <NotFoundRoute />;
  if (profile.isPending) return <LoadingBlock label="Loading profile…" />;
  if (profile.isError) {
    return <ProfileLoadError handle={handle} error={profile.error} onRetry={() => void profile.refetch()} />;
  }

  const member = profile.data;
  return (
    <div className="stack">
      <title>{`${current.label} · ${member.displayName} · Rapport`}</title>
      <div className="page-title">
        <h1 className="page-title__text">{member.displayName}</h1>
        <Link to={`/in/${member.handle}`} className="page-title__link">
          Back to profile
        </Link>
      </div>
      <nav className="tabs" aria-label={`${member.displayName}'s network`}>
        {LISTS.map((item) => (
          <NavLink
            key={item.kind}
            to={`/in/${member.handle}/${item.kind}`}
            end
            className={({ isActive }) => `tabs__tab${isActive ? ' tabs__tab--active' : ''}`}
          >
            {item.label}{' '}
            <span className="tabs__count">{numbers.format(member[item.count])}</span>
          </NavLink>
        ))}
      </nav>
      <Card title={current.label}>
        <MemberNetworkList
          key={`${member.handle}/${current.kind}`}
          handle={member.handle}
          displayName={member.displayName}
          kind={current.kind}
          myId={me.data?.id}
        />
      </Card>
    </div>
  );
}
