import { Link, NavLink, useParams } from 'react-router';
import { Card } from '@/components/ui/card';
import { ConnectionsList, FollowersList, FollowingList, SuggestionsList } from '@/features/network/components/member-lists';
import { ReceivedInvitations } from '@/features/network/components/received-invitations';
import { SentInvitations } from '@/features/network/components/sent-invitations';
import { TagMenu } from '@/features/tags/components/tag-menu';
import { NotFoundRoute } from './not-found';

/** People you follow or are connected to can be tagged right from the lists. */
const tagMenu = (member: { id: number; displayName: string }) => (
  <TagMenu memberId={member.id} displayName={member.displayName} />
);

const TABS = [
  { path: '', label: 'Invitations received', title: 'Invitations received', Body: ReceivedInvitations },
  { path: 'sent', label: 'Invitations sent', title: 'Invitations sent', Body: SentInvitations },
  { path: 'connections', label: 'Connections', title: 'Connections', Body: () => <ConnectionsList extraActions={tagMenu} /> },
  { path: 'followers', label: 'Followers', title: 'Followers', Body: FollowersList },
  { path: 'following', label: 'Following', title: 'Following', Body: () => <FollowingList extraActions={tagMenu} /> },
  { path: 'suggestions', label: 'People you may know', title: 'People you may know', Body: SuggestionsList },
] as const;

/** My Network at /network/:tab?: invitations both ways, connections, followers, following, suggestions. */
export function NetworkRoute() {
  const { tab = '' } = useParams();
  const current = TABS.find((candidate) => candidate.path === tab);
  if (!current) return <NotFoundRoute />;
  const { Body } = current;
  return (
    <div className="stack">
      <title>{`${current.title} · My Network · Rapport`}</title>
      <div className="page-title">
        <h1 className="page-title__text">My Network</h1>
        <Link to="/settings" className="page-title__link">
          Invitation settings
        </Link>
      </div>
      <nav className="tabs" aria-label="My Network sections">
        {TABS.map((item) => (
          <NavLink
            key={item.path}
            to={item.path ? `/network/${item.path}` : '/network'}
            end
            className={({ isActive }) => `tabs__tab${isActive ? ' tabs__tab--active' : ''}`}
          >
            {item.label}
          </NavLink>
        ))}
      </nav>
      <Card title={current.title}>
        <Body />
      </Card>
    </div>
  );
}
