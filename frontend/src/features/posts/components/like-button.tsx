import { Icon } from '@/components/ui/icon';
import { useLikePost } from '../api/like-post';
import { useUnlikePost } from '../api/unlike-post';
import type { Post } from '../api/types';

/** Likes or unlikes a post in one click; shows the change at once, and waits for the API before the next. */
export function LikeButton({ post, onError }: { post: Post; onError: (error: unknown) => void }) {
  const like = useLikePost(post.id);
  const unlike = useUnlikePost(post.id);
  const pending = like.isPending || unlike.isPending;
  const liked = like.isPending ? true : unlike.isPending ? false : post.likedByMe;

  function toggle() {
    if (pending) return;
    (post.likedByMe ? unlike : like).mutate(undefined, { onError });
  }

  return (
    <button
      type="button"
      className={`post-action${liked ? ' post-action--active' : ''}`}
      aria-pressed={liked}
      disabled={pending}
      onClick={toggle}
    >
      <Icon name="like" filled={liked} /> Like
    </button>
  );
}
