import { Link, useParams } from 'react-router';
import { buttonClassName } from '@/components/ui/button';
import { Card } from '@/components/ui/card';
import { ErrorBox } from '@/components/ui/error-box';
import { LoadingBlock } from '@/components/ui/spinner';
import { usePublicProfile } from '@/features/profiles/api/get-public-profile';
import { PublicProfileView } from '@/features/profiles/components/public-profile';
import { ApiError } from '@/lib/problem';

/** /in/:handle for a visitor who is not signed in: the member's public profile and an invitation to join. */
export function PublicProfileRoute() {
  const { handle = '' } = useParams();
  const profile = usePublicProfile(handle);
  if (profile.isPending) return <LoadingBlock label="Loading profile…" />;
  if (profile.isError) {
    if (profile.error instanceof ApiError && profile.error.status === 404) {
      return (
        <div className="page__narrow">
          <title>Profile not available · Rapport</title>
          <Card title="This profile is not available" headingLevel={1}>
            <p className="muted">
              There is no public profile at @{handle}. The handle may be mistyped, or the member keeps their profile for
              members only.
            </p>
            <div className="join-prompt__actions">
              <Link to="/signup" className={buttonClassName('primary')}>
                Join Rapport
              </Link>
              <Link to="/login" state={{ from: `/in/${handle}` }} className={buttonClassName('secondary')}>
                Log in
              </Link>
            </div>
          </Card>
        </div>
      );
    }
    return <ErrorBox title="This profile could not be loaded" error={profile.error} onRetry={() => void profile.refetch()} />;
  }
  return (
    <>
      <title>{`${profile.data.displayName} · Rapport`}</title>
      <PublicProfileView profile={profile.data} />
    </>
  );
}
