import { useEffect, useRef, useState, type ReactNode } from 'react';
import { Button } from '@/components/ui/button';
import { ErrorBox } from '@/components/ui/error-box';
import { Icon } from '@/components/ui/icon';
import { pluralCount } from '@/lib/format';
import { useDeletePost } from '../api/delete-post';
import type { Post } from '../api/types';
import { CommentSection } from './comment-section';
import { LikeButton } from './like-button';
import { PostAuthor, PostContent } from './post-body';
import { PostEditForm } from './post-edit-form';
import { ReshareForm } from './reshare-form';

type Panel = 'none' | 'comments' | 'reshare' | 'edit' | 'delete';

function canEdit(post: Post, now: number): boolean {
  return post.kind === 'POST' && !!post.editableUntil && new Date(post.editableUntil).getTime() > now;
}

type PostItemProps = {
  post: Post;
  /** The signed-in member's id: their own posts and comments get edit and delete. */
  myId?: number;
  /** Why the post is here ("Liked by Grace Hopper"), shown above it. */
  attribution?: ReactNode;
};

/** Said under the post just reshared, where the member acted, and focused so the keyboard carries on from here. */
function ResharedNotice() {
  const ref = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    ref.current?.focus();
  }, []);
  return (
    <p ref={ref} tabIndex={-1} className="notice post__notice" role="status">
      Reshared to your network. Your followers and connections will see it in their feeds.
    </p>
  );
}

/** One post in a feed or an activity list: author, content, and like, comment, reshare, edit, delete. */
export function PostItem({ post, myId, attribution }: PostItemProps) {
  const [panel, setPanel] = useState<Panel>('none');
  const [actionError, setActionError] = useState<unknown>();
  const [reshared, setReshared] = useState(false);
  const remove = useDeletePost(post.id);
  const mine = myId !== undefined && post.author.id === myId;
  const original = post.kind === 'RESHARE' ? post.resharedPost : undefined;
  const resharable = (original ?? post).visibility === 'PUBLIC';
  const toggle = (next: Panel) => {
    setReshared(false);
    setPanel((current) => (current === next ? 'none' : next));
  };
  const reshareLine = post.kind === 'RESHARE' ? `${post.author.displayName} reshared` : null;
  const label = `${post.kind === 'RESHARE' ? 'Reshare' : post.kind === 'CAREER_UPDATE' ? 'Career update' : 'Post'} by ${post.author.displayName}`;

  return (
    <article className={`card post${post.kind === 'CAREER_UPDATE' ? ' post--career' : ''}`} aria-label={label}>
      {(attribution || reshareLine) && <p className="post__attribution">{attribution ?? reshareLine}</p>}
      <div className="post__header">
        <PostAuthor post={post} />
        {mine && panel !== 'edit' && (
          <div className="post__owner-actions">
            {canEdit(post, Date.now()) && (
              <Button variant="ghost" size="sm" onClick={() => toggle('edit')}>
                Edit
              </Button>
            )}
            <Button variant="ghost" size="sm" onClick={() => toggle('delete')}>
              Delete
            </Button>
          </div>
        )}
      </div>

      {panel === 'delete' && (
        <div className="confirm post__confirm">
          <span className="confirm__text">Delete this post, with its likes and comments?</span>
          <Button variant="secondary" size="sm" onClick={() => setPanel('none')} disabled={remove.isPending}>
            Keep it
          </Button>
          <Button variant="danger" size="sm" onClick={() => remove.mutate()} isLoading={remove.isPending}>
            Delete post
          </Button>
        </div>
      )}
      {remove.isError && <ErrorBox title="The post was not deleted" error={remove.error} />}

      {panel === 'edit' ? (
        <PostEditForm post={post} onDone={() => setPanel('none')} />
      ) : (
        <div className="post__content">
          <PostContent post={post} />
          {original && (
            <div className="post__embedded">
              <PostAuthor post={original} compact />
              <PostContent post={original} />
            </div>
          )}
          {post.kind === 'RESHARE' && !original && <p className="muted">The original post is no longer available.</p>}
        </div>
      )}

      {(post.likeCount > 0 || post.commentCount > 0 || post.reshareCount > 0) && (
        <p className="post__counts">
          {post.likeCount > 0 && <span className="post__likes">{pluralCount(post.likeCount, 'like')}</span>}
          <span className="post__counts-end">
            {post.commentCount > 0 && (
              <button type="button" className="link-button" onClick={() => setPanel('comments')}>
                {pluralCount(post.commentCount, 'comment')}
              </button>
            )}
            {post.commentCount > 0 && post.reshareCount > 0 && <span aria-hidden="true"> · </span>}
            {post.reshareCount > 0 && <span>{pluralCount(post.reshareCount, 'reshare')}</span>}
          </span>
        </p>
      )}

      <div className="post__actions">
        <LikeButton post={post} onError={setActionError} />
        <button
          type="button"
          className={`post-action${panel === 'comments' ? ' post-action--active' : ''}`}
          aria-expanded={panel === 'comments'}
          onClick={() => toggle('comments')}
        >
          <Icon name="comment" /> Comment
        </button>
        {resharable && (
          <button
            type="button"
            className={`post-action${panel === 'reshare' ? ' post-action--active' : ''}`}
            aria-expanded={panel === 'reshare'}
            onClick={() => toggle('reshare')}
          >
            <Icon name="reshare" /> Reshare
          </button>
        )}
      </div>
      {actionError !== undefined && <ErrorBox error={actionError} />}
      {panel === 'comments' && <CommentSection postId={post.id} myId={myId} />}
      {panel === 'reshare' && (
        <ReshareForm
          postId={(original ?? post).id}
          onDone={(done) => {
            setPanel('none');
            setReshared(done);
          }}
        />
      )}
      {reshared && <ResharedNotice />}
    </article>
  );
}
