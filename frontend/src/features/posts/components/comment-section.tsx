import { useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { Avatar } from '@/components/ui/avatar';
import { Button } from '@/components/ui/button';
import { ErrorBox } from '@/components/ui/error-box';
import { useErrorFocus } from '@/components/ui/error-focus';
import { LoadingBlock } from '@/components/ui/spinner';
import { timeAgo } from '@/lib/format';
import { errorMessage, fieldErrors } from '@/lib/problem';
import { useAddComment } from '../api/add-comment';
import { useDeleteComment } from '../api/delete-comment';
import { useComments } from '../api/list-comments';
import type { Comment } from '../api/types';

const COMMENT_MAX_LENGTH = 1250;

function CommentItem({ comment, mine, postId }: { comment: Comment; mine: boolean; postId: number }) {
  const remove = useDeleteComment(postId);
  return (
    <li className="comment">
      <Avatar name={comment.author.displayName} seed={comment.author.handle} size="sm" />
      <div className="comment__bubble">
        <p className="comment__meta">
          <Link to={`/in/${comment.author.handle}`} className="comment__author">
            {comment.author.displayName}
          </Link>
          <time dateTime={comment.createdAt} className="muted">
            {timeAgo(comment.createdAt)}
          </time>
        </p>
        <p className="prose">{comment.text}</p>
        {remove.isError && <p className="field__error">{errorMessage(remove.error)}</p>}
      </div>
      {mine && (
        <Button
          variant="ghost"
          size="sm"
          onClick={() => remove.mutate(comment.id)}
          isLoading={remove.isPending}
          aria-label={`Delete your comment “${comment.text.slice(0, 40)}”`}
        >
          Delete
        </Button>
      )}
    </li>
  );
}

/** The comments of a post, oldest first with "Show more comments", and a box to add one. */
export function CommentSection({ postId, myId }: { postId: number; myId?: number }) {
  const comments = useComments(postId);
  const add = useAddComment(postId);
  const [text, setText] = useState('');
  const [invalid, setInvalid] = useState<string>();
  const error = invalid ?? fieldErrors(add.error, ['text'] as const).byField.text;
  const formRef = useErrorFocus(invalid ?? add.error);

  function submit(event: FormEvent) {
    event.preventDefault();
    if (!text.trim()) return setInvalid('Write a comment first.');
    if (text.length > COMMENT_MAX_LENGTH) return setInvalid(`A comment has at most ${COMMENT_MAX_LENGTH.toLocaleString('en-US')} characters.`);
    add.mutate(text.trim(), { onSuccess: () => setText('') });
  }

  const items = comments.data?.pages.flatMap((page) => page.items) ?? [];
  return (
    <div className="comments">
      {comments.isPending && <LoadingBlock label="Loading comments…" />}
      {comments.isError && !comments.data && (
        <ErrorBox title="Comments could not be loaded" error={comments.error} onRetry={() => void comments.refetch()} />
      )}
      {comments.data && items.length === 0 && <p className="muted comments__empty">No comments yet. Be the first.</p>}
      {items.length > 0 && (
        <ul className="comment-list" aria-label="Comments">
          {items.map((comment) => (
            <CommentItem key={comment.id} comment={comment} postId={postId} mine={comment.author.id === myId} />
          ))}
        </ul>
      )}
      {comments.hasNextPage && (
        <Button variant="ghost" size="sm" onClick={() => void comments.fetchNextPage()} isLoading={comments.isFetchingNextPage}>
          Show more comments
        </Button>
      )}
      <form ref={formRef} className="comment-form" onSubmit={submit} noValidate aria-label="New comment">
        <div className={`field comment-form__field${error ? ' field--invalid' : ''}`}>
          <label className="visually-hidden" htmlFor={`comment-${postId}`}>
            Add a comment
          </label>
          <input
            id={`comment-${postId}`}
            className="input"
            placeholder="Add a comment…"
            value={text}
            maxLength={COMMENT_MAX_LENGTH}
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? `comment-${postId}-error` : undefined}
            onChange={(event) => {
              setText(event.target.value);
              setInvalid(undefined);
            }}
          />
          {error && (
            <p className="field__error" id={`comment-${postId}-error`}>
              {error}
            </p>
          )}
        </div>
        <Button type="submit" size="sm" isLoading={add.isPending}>
          Comment
        </Button>
      </form>
      {add.isError && !error && <ErrorBox error={add.error} />}
    </div>
  );
}
