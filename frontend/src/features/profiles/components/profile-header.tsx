import type { ReactNode } from 'react';
import type { components } from '@/api/schema';
import { Avatar } from '@/components/ui/avatar';
import { formatPosition, pluralCount } from '@/lib/format';

type ProfileFields = Pick<
  components['schemas']['ProfileResponse'],
  | 'handle'
  | 'displayName'
  | 'headline'
  | 'location'
  | 'currentTitle'
  | 'currentCompany'
  | 'connectionCount'
  | 'followerCount'
>;

/** The top card of a profile: who this is, what they do, where, and the size of their network. */
export function ProfileHeader({ profile, actions }: { profile: ProfileFields; actions?: ReactNode }) {
  const position = formatPosition(profile.currentTitle, profile.currentCompany);
  return (
    <section className="card profile-header" aria-labelledby="profile-name">
      <div className="profile-header__banner" aria-hidden="true" />
      <div className="profile-header__body">
        <Avatar name={profile.displayName} seed={profile.handle} size="lg" />
        <h1 id="profile-name" className="profile-header__name">
          {profile.displayName}
        </h1>
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
        <p className="profile-header__counts">
          <span>{pluralCount(profile.connectionCount, 'connection')}</span>
          <span aria-hidden="true"> · </span>
          <span>{pluralCount(profile.followerCount, 'follower')}</span>
        </p>
        {actions && <div className="profile-header__actions">{actions}</div>}
      </div>
    </section>
  );
}
