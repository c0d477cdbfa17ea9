import { useState } from 'react';
import { Link } from 'react-router';
import { Button, buttonClassName } from '@/components/ui/button';
import { Card } from '@/components/ui/card';
import { ErrorBox } from '@/components/ui/error-box';
import { LoadingBlock } from '@/components/ui/spinner';
import { AboutSection } from '@/features/profiles/components/about-section';
import { MyCareerHistory } from '@/features/profiles/components/my-career-history';
import { ProfileEditForm } from '@/features/profiles/components/profile-edit-form';
import { ProfileHeader } from '@/features/profiles/components/profile-header';
import { useCurrentMember } from '@/lib/session';

const MY_LISTS = { connections: '/network/connections', followers: '/network/followers', following: '/network/following' };

/** The signed-in member's own profile, editable in place. */
export function MyProfileRoute() {
  const me = useCurrentMember();
  const [editing, setEditing] = useState(false);

  if (me.isPending) return <LoadingBlock label="Loading your profile…" />;
  if (me.isError) {
    return <ErrorBox title="Your profile could not be loaded" error={me.error} onRetry={() => void me.refetch()} />;
  }

  return (
    <div className="stack">
      <title>{`${me.data.displayName} · Rapport`}</title>
      {editing ? (
        <Card title="Edit profile" headingLevel={1}>
          <ProfileEditForm me={me.data} onDone={() => setEditing(false)} />
        </Card>
      ) : (
        <ProfileHeader
          profile={me.data}
          countLinks={MY_LISTS}
          actions={
            <>
              <Button variant="primary" size="sm" onClick={() => setEditing(true)}>
                Edit profile
              </Button>
              <Link to={`/in/${me.data.handle}`} className={buttonClassName('secondary', 'sm')}>
                View public profile
              </Link>
            </>
          }
        />
      )}
      {!editing && <AboutSection about={me.data.about} />}
      <MyCareerHistory positions={me.data.positions} />
    </div>
  );
}
