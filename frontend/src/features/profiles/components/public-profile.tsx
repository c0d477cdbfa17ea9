import { Link } from 'react-router';
import { buttonClassName } from '@/components/ui/button';
import { Card } from '@/components/ui/card';
import type { PublicProfile } from '../api/get-public-profile';
import { AboutSection } from './about-section';
import { PositionItem } from './position-item';
import { ProfileHeader } from './profile-header';

function firstName(name: string) {
  return name.split(' ')[0] ?? name;
}

/**
 * A member's public page for a visitor who is not signed in: only what the member made public,
 * then an invitation to join (or log in) to follow them and see how you are connected.
 */
export function PublicProfileView({ profile }: { profile: PublicProfile }) {
  const from = { from: `/in/${profile.handle}` };
  const first = firstName(profile.displayName);
  return (
    <div className="stack">
      <ProfileHeader profile={profile} />
      <section className="card join-prompt" aria-labelledby="join-title">
        <h2 id="join-title" className="card__title">
          Follow {first} on Rapport
        </h2>
        <p>
          Join to follow {first}’s posts, see how you are connected, and ask a mutual connection for an introduction.
          Following needs no approval.
        </p>
        <div className="join-prompt__actions">
          <Link to="/signup" state={from} className={buttonClassName('primary')}>
            Join Rapport
          </Link>
          <Link to="/login" state={from} className={buttonClassName('secondary')}>
            Log in
          </Link>
        </div>
      </section>
      <AboutSection about={profile.about} />
      {profile.positions && profile.positions.length > 0 && (
        <Card title="Career history">
          <ul className="position-list">
            {profile.positions.map((item, index) => (
              <PositionItem key={index} position={{ ...item, id: index, endDate: item.endDate ?? null, description: null }} />
            ))}
          </ul>
        </Card>
      )}
      <p className="muted public-profile__note">
        This is {first}’s public profile: {first} chooses what it shows.
      </p>
    </div>
  );
}
