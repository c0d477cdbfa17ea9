import { Button } from '@/components/ui/button';
import { Card } from '@/components/ui/card';
import { EmptyState } from '@/components/ui/empty-state';
import { ErrorBox } from '@/components/ui/error-box';
import { LoadingBlock } from '@/components/ui/spinner';
import { useMemberPosts } from '../api/list-member-posts';
import { PostItem } from './post-item';

/** A member's posts, reshares and career updates on their profile, newest first; `isMe` on one's own profile. */
export function MemberActivity({
  handle,
  displayName,
  myId,
  isMe = false,
}: {
  handle: string;
  displayName: string;
  myId?: number;
  isMe?: boolean;
}) {
  const posts = useMemberPosts(handle);
  const items = posts.data?.pages.flatMap((page) => page.items) ?? [];
  const firstName = displayName.split(' ')[0];

  return (
    <section className="stack" aria-labelledby="activity-title">
      <Card>
        <h2 id="activity-title" className="card__title">
          Activity
        </h2>
        {posts.isPending && <LoadingBlock label="Loading posts…" />}
        {posts.isError && !posts.data && (
          <ErrorBox title="The posts could not be loaded" error={posts.error} onRetry={() => void posts.refetch()} />
        )}
        {posts.data && items.length === 0 && isMe && (
          <EmptyState title="You have not posted anything yet.">
            What you share from your home page, and the career updates you announce, show here.
          </EmptyState>
        )}
        {posts.data && items.length === 0 && !isMe && (
          <EmptyState title={`${firstName} has not posted anything you can see yet.`}>
            Posts shared with connections only appear once you are connected.
          </EmptyState>
        )}
      </Card>
      {items.map((post) => (
        <PostItem key={post.id} post={post} myId={myId} />
      ))}
      {posts.isFetchNextPageError && <ErrorBox title="More posts could not be loaded" error={posts.error} />}
      {posts.hasNextPage && (
        <div className="list-footer list-footer--bare">
          <Button variant="secondary" onClick={() => void posts.fetchNextPage()} isLoading={posts.isFetchingNextPage}>
            Show more posts
          </Button>
        </div>
      )}
    </section>
  );
}
