import { Link, useSearchParams } from 'react-router';
import { buttonClassName } from '@/components/ui/button';
import { Card } from '@/components/ui/card';
import { ErrorBox } from '@/components/ui/error-box';
import { LoadingBlock } from '@/components/ui/spinner';
import { useOnboarding } from '@/features/onboarding/api/get-onboarding';
import { ProfileBasicsForm } from '@/features/onboarding/components/profile-basics-form';
import { ProfileStrength } from '@/features/onboarding/components/profile-strength';
import { SuggestionList } from '@/features/onboarding/components/suggestion-list';
import { useCurrentMember } from '@/lib/session';

/** /welcome: the guided start after sign-up. Step 1 (?step=profile) fills the profile, step 2 (?step=follow) follows people. */
export function WelcomeRoute() {
  const me = useCurrentMember();
  const progress = useOnboarding();
  const [params, setParams] = useSearchParams();
  const step = params.get('step') === 'follow' ? 'follow' : 'profile';

  if (me.isPending) return <LoadingBlock />;
  if (me.isError) return <ErrorBox title="Your account could not be loaded" error={me.error} onRetry={() => void me.refetch()} />;
  const following = progress.data?.followingCount ?? 0;

  return (
    <div className="welcome stack">
      <title>Welcome · Rapport</title>
      <Card title={`Welcome to Rapport, ${me.data.displayName.split(' ')[0]}`} headingLevel={1}>
        <p className="muted card__intro">
          Two short steps: say who you are, then follow a few people so your feed has something in it.
        </p>
        <ol className="welcome__steps" aria-label="Guided start">
          <li aria-current={step === 'profile' ? 'step' : undefined}>1. About you</li>
          <li aria-current={step === 'follow' ? 'step' : undefined}>2. Follow people</li>
        </ol>
        {progress.data && <ProfileStrength progress={progress.data} />}
      </Card>
      {step === 'profile' ? (
        <Card title="About you">
          <ProfileBasicsForm me={me.data} onSaved={() => setParams({ step: 'follow' })} />
          <p className="card__footer-text">
            <Link to="?step=follow">Skip for now</Link>
          </p>
        </Card>
      ) : (
        <Card
          title="Follow people"
          actions={
            <Link to="/" className={buttonClassName(following >= 3 ? 'primary' : 'secondary', 'sm')}>
              {following >= 3 ? 'Go to your feed' : 'Skip to your feed'}
            </Link>
          }
        >
          <p className="muted card__intro">
            Following is one click and needs no approval: their posts appear in your feed. Connect later, from a
            profile, with the people you really know. You follow {following} {following === 1 ? 'person' : 'people'}
            {following < 3 ? `; ${3 - following} more to fill your feed.` : '.'}
          </p>
          <p className="welcome__import">
            On LinkedIn already? <Link to="/import">Import your connections</Link> to find them here.
          </p>
          <SuggestionList />
          <p className="card__footer-text">
            <Link to="?step=profile">Back to your profile</Link>
          </p>
        </Card>
      )}
    </div>
  );
}
