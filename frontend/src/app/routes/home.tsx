import { Link } from 'react-router';
import { buttonClassName } from '@/components/ui/button';
import { Card } from '@/components/ui/card';
import { ErrorBox } from '@/components/ui/error-box';
import { LoadingBlock } from '@/components/ui/spinner';
import { formatPosition } from '@/lib/format';
import { useCurrentMember, useSignedIn, type Me } from '@/lib/session';

function Landing() {
  return (
    <div className="landing">
      <title>Rapport · Reach and relationships</title>
      <h1 className="landing__title">Reach and relationships, both.</h1>
      <p className="landing__lead">
        On Rapport anyone can <strong>follow</strong> you and read what you publish, while your{' '}
        <strong>connections</strong> stay the people you really know: the ones you can vouch for and introduce.
      </p>
      <div className="landing__actions">
        <Link to="/signup" className={buttonClassName('primary')}>
          Join Rapport
        </Link>
        <Link to="/login" className={buttonClassName('secondary')}>
          Log in
        </Link>
      </div>
      <ul className="landing__points">
        <li>
          <strong>Follow by default.</strong> One click, no approval, their posts in your feed.
        </li>
        <li>
          <strong>Connect on purpose.</strong> A personal note, for people you have actually worked with.
        </li>
        <li>
          <strong>Private tags.</strong> Turn one network into focused feeds only you can see.
        </li>
      </ul>
    </div>
  );
}

function nextSteps(me: Me): string[] {
  const steps: string[] = [];
  if (!me.headline) steps.push('Add a headline so people know what you do.');
  if (!me.currentTitle && !me.currentCompany) steps.push('Say where you work now.');
  if (me.positions.length === 0) steps.push('Add your career history.');
  if (!me.about) steps.push('Write a few lines about yourself.');
  return steps;
}

function Welcome({ me }: { me: Me }) {
  const steps = nextSteps(me);
  const position = formatPosition(me.currentTitle, me.currentCompany);
  return (
    <div className="stack">
      <title>Home · Rapport</title>
      <Card>
        <h1 className="welcome__title">Welcome, {me.displayName.split(' ')[0]}</h1>
        <p className="muted">{me.headline || position || `@${me.handle}`}</p>
        <div className="form__actions form__actions--start">
          <Link to="/me" className={buttonClassName('primary')}>
            View my profile
          </Link>
          <Link to="/search" className={buttonClassName('secondary')}>
            Find people
          </Link>
        </div>
      </Card>
      {steps.length > 0 && (
        <Card title="Complete your profile">
          <p className="muted">A complete profile helps people recognise you before they follow or connect.</p>
          <ul className="checklist">
            {steps.map((step) => (
              <li key={step}>{step}</li>
            ))}
          </ul>
          <Link to="/me">Edit your profile</Link>
        </Card>
      )}
      <Card title="Your feed">
        <p className="muted">
          Posts from the members you follow and from your connections will appear here, newest first. Start by
          finding people you know: <Link to="/search">search by name, headline or company</Link>.
        </p>
      </Card>
    </div>
  );
}

/** The landing page for visitors, and the home page (a welcome, until the feed arrives) for members. */
export function HomeRoute() {
  const signedIn = useSignedIn();
  const me = useCurrentMember();
  if (!signedIn) return <Landing />;
  if (me.isPending) return <LoadingBlock />;
  if (me.isError) return <ErrorBox title="Your home page could not be loaded" error={me.error} onRetry={() => void me.refetch()} />;
  return <Welcome me={me.data} />;
}
