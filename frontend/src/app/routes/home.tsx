import { Link, useSearchParams } from 'react-router';
import { Avatar } from '@/components/ui/avatar';
import { buttonClassName } from '@/components/ui/button';
import { Card } from '@/components/ui/card';
import { EmptyState } from '@/components/ui/empty-state';
import { ErrorBox } from '@/components/ui/error-box';
import { LoadingBlock } from '@/components/ui/spinner';
import { FeedList } from '@/features/feed/components/feed-list';
import { PostComposer } from '@/features/posts/components/post-composer';
import { PostItem } from '@/features/posts/components/post-item';
import { FeedFilterChips, type TagSelection } from '@/features/tags/components/feed-filter-chips';
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

/** `?view=3` or `?tag=5` in the URL: which feed the chips selected. */
function selectionFrom(params: URLSearchParams): TagSelection {
  const viewId = Number(params.get('view'));
  if (Number.isInteger(viewId) && viewId > 0) return { kind: 'view', viewId };
  const tagId = Number(params.get('tag'));
  if (Number.isInteger(tagId) && tagId > 0) return { kind: 'tag', tagId };
  return { kind: 'all' };
}

function FeedEmpty({ selection }: { selection: TagSelection }) {
  if (selection.kind !== 'all') {
    return (
      <EmptyState title="No posts from the people under this selection yet.">
        Tag more people from their profile or in <Link to="/tags">Tags</Link>, or go back to{' '}
        <Link to="/">your whole feed</Link>.
      </EmptyState>
    );
  }
  return (
    <EmptyState title="Your feed is empty, for now.">
      Posts from the people you follow and your connections appear here, newest first. Write your first post above,
      or <Link to="/search">find people you know</Link> by name, headline or company.
    </EmptyState>
  );
}

function Home({ me }: { me: Me }) {
  const steps = nextSteps(me);
  const position = formatPosition(me.currentTitle, me.currentCompany);
  const [params] = useSearchParams();
  const selection = selectionFrom(params);

  return (
    <div className="home">
      <title>Home · Rapport</title>
      <aside className="home__aside stack">
        <Card className="me-card">
          <Avatar name={me.displayName} seed={me.handle} />
          <div>
            <h1 className="welcome__title">Welcome, {me.displayName.split(' ')[0]}</h1>
            <p className="muted">{me.headline || position || `@${me.handle}`}</p>
            <p className="me-card__links">
              <Link to="/me">My profile</Link>
              <span aria-hidden="true"> · </span>
              <Link to="/tags">My tags</Link>
              <span aria-hidden="true"> · </span>
              <Link to="/import">Import contacts</Link>
            </p>
          </div>
        </Card>
        {steps.length > 0 && (
          <p className="notice">
            <strong>Complete your profile</strong> so people recognise you before they follow or connect: {steps[0].charAt(0).toLowerCase() + steps[0].slice(1)}{' '}
            <Link to="/welcome">Finish your guided start</Link>
          </p>
        )}
      </aside>
      <div className="home__main stack">
        <Card>
          <PostComposer />
        </Card>
        <FeedFilterChips selected={selection} />
        <FeedList
          key={JSON.stringify(selection)}
          filter={selection}
          empty={<FeedEmpty selection={selection} />}
          renderItem={(item) => (
            <PostItem
              post={item.post}
              myId={me.id}
              attribution={
                item.reason === 'LIKED_BY_CONNECTION' && item.actor ? (
                  <>
                    Liked by <Link to={`/in/${item.actor.handle}`}>{item.actor.displayName}</Link>
                  </>
                ) : undefined
              }
            />
          )}
        />
      </div>
    </div>
  );
}

/** The landing page for visitors, and the home feed for members. */
export function HomeRoute() {
  const signedIn = useSignedIn();
  const me = useCurrentMember();
  if (!signedIn) return <Landing />;
  if (me.isPending) return <LoadingBlock />;
  if (me.isError) return <ErrorBox title="Your home page could not be loaded" error={me.error} onRetry={() => void me.refetch()} />;
  return <Home me={me.data} />;
}
