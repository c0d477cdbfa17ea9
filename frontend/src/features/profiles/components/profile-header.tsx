import type { ReactNode } from 'react';
import { Link } from 'react-router';
import type { components } from '@/api/schema';
import { Avatar } from '@/components/ui/avatar';
import { formatPosition, pluralCount } from '@/lib/format';

type ProfileFields = Pick<
  components['schemas']['ProfileResponse'],
  'handle' | 'displayName' | 'headline' | 'location' | 'currentTitle' | 'currentCompany'
> &
  /** Absent on a public profile whose member keeps their counts private (following: always absent there). */
  Partial<Pick<components['schemas']['ProfileResponse'], 'connectionCount' | 'followerCount' | 'followingCount'>> & {
    degree?: Degree;
  };

type Degree = components['schemas']['Degree'];

const DEGREE_LABEL = { SELF: 'You', FIRST: '1st', SECOND: '2nd', THIRD_PLUS: '3rd+' } as const;
const DEGREE_MEANING = {
  SELF: 'this is you',
  FIRST: '1st-degree connection',
  SECOND: '2nd-degree connection',
  THIRD_PLUS: '3rd-degree connection or further',
} as const;

/** "You", "1st", "2nd" or "3rd+": how far this member is from you through connections. */
export function DegreeBadge({ degree }: { degree: Degree }) {
  return (
    <span className={`degree-badge degree-badge--${degree.toLowerCase()}`} title={DEGREE_MEANING[degree]}>
      {DEGREE_LABEL[degree]}
      <span className="visually-hidden"> ({DEGREE_MEANING[degree]})</span>
    </span>
  );
}

/** One count: a link to its list when there is one to open, plain text otherwise. */
function Count({ to, text }: { to?: string; text: string }) {
  return to ? (
    <Link className="profile-header__count" to={to}>
      {text}
    </Link>
  ) : (
    <span className="profile-header__count">{text}</span>
  );
}

/** The top card of a profile: who this is, what they do, where, and the size of their network. */
export function ProfileHeader({
  profile,
  actions,
  children,
  countLinks,
  countsNote,
}: {
  profile: ProfileFields;
  actions?: ReactNode;
  /** Lines under the counts: mutual connections, how this member receives requests. */
  children?: ReactNode;
  /** Where the counts lead: your own lists, or another member's when they let you see them. */
  countLinks?: { connections: string; followers: string; following?: string };
  /** Why the counts lead nowhere (the member hides their lists from you), shown under them. */
  countsNote?: string;
}) {
  const position = formatPosition(profile.currentTitle, profile.currentCompany);
  return (
    <section className="card profile-header" aria-labelledby="profile-name">
      <div className="profile-header__banner" aria-hidden="true" />
      <div className="profile-header__body">
        <Avatar name={profile.displayName} seed={profile.handle} size="lg" />
        <div className="profile-header__title-row">
          <h1 id="profile-name" className="profile-header__name">
            {profile.displayName}
          </h1>
          {profile.degree && <DegreeBadge degree={profile.degree} />}
        </div>
        <p className="profile-header__handle">@{profile.handle}</p>
        {profile.headline && <p className="profile-header__headline">{profile.headline}</p>}
        {position && (
          <p className="profile-header__position">
            <span className="visually-hidden">Current position: </span>
            {position}
          </p>
        )}
        {profile.location && (
          <p className="profile-header__location">
            <span className="visually-hidden">Location: </span>
            {profile.location}
          </p>
        )}
        {profile.connectionCount != null && profile.followerCount != null && (
          <>
            <p className={`profile-header__counts${countLinks ? '' : ' profile-header__counts--plain'}`}>
              <Count to={countLinks?.connections} text={pluralCount(profile.connectionCount, 'connection')} />
              <span aria-hidden="true"> · </span>
              <Count to={countLinks?.followers} text={pluralCount(profile.followerCount, 'follower')} />
              {profile.followingCount != null && (
                <>
                  <span aria-hidden="true"> · </span>
                  <Count to={countLinks?.following} text={pluralCount(profile.followingCount, 'following', 'following')} />
                </>
              )}
            </p>
            {countsNote && <p className="profile-header__counts-note">{countsNote}</p>}
          </>
        )}
        {children}
        {actions && <div className="profile-header__actions">{actions}</div>}
      </div>
    </section>
  );
}
