import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { Avatar } from '@/components/ui/avatar';
import { formatPosition } from '@/lib/format';
import type { components } from '@/api/schema';

type ProfileSummary = components['schemas']['ProfileSummary'];

/** A member in a list: name linking to the profile, headline, position and location. */
export function ProfileSummaryItem({ profile, actions }: { profile: ProfileSummary; actions?: ReactNode }) {
  const position = formatPosition(profile.currentTitle, profile.currentCompany);
  const details = [position, profile.location].filter(Boolean).join(' · ');
  return (
    <li className="member-row">
      <Avatar name={profile.displayName} seed={profile.handle} />
      <div className="member-row__text">
        <p className="member-row__title">
          <Link className="member-row__name" to={`/in/${profile.handle}`}>
            {profile.displayName}
          </Link>
          <span className="member-row__handle">@{profile.handle}</span>
        </p>
        {profile.headline && <p className="member-row__headline">{profile.headline}</p>}
        {details && <p className="member-row__details">{details}</p>}
      </div>
      {actions && <div className="member-row__actions member-row__actions--end">{actions}</div>}
    </li>
  );
}
