import { useEffect, useState } from 'react';
import { Button } from '@/components/ui/button';
import { errorMessage } from '@/lib/problem';
import { useFollowMember } from '../api/follow-member';
import { useUnfollowMember } from '../api/unfollow-member';

type FollowButtonProps = {
  memberId: number;
  displayName: string;
  /** Whether you follow the member now; unknown (search results) shows "Follow". */
  following?: boolean;
  size?: 'sm' | 'md';
};

/** The default action wherever a person appears: Follow, toggling to Following (click again to unfollow). */
export function FollowButton({ memberId, displayName, following = false, size = 'sm' }: FollowButtonProps) {
  const [isFollowing, setIsFollowing] = useState(following);
  useEffect(() => setIsFollowing(following), [following]);
  const follow = useFollowMember();
  const unfollow = useUnfollowMember();
  const action = isFollowing ? unfollow : follow;

  function toggle() {
    follow.reset();
    unfollow.reset();
    action.mutate(memberId, { onSuccess: (state) => setIsFollowing(state.following) });
  }

  return (
    <span className="follow">
      <Button
        variant={isFollowing ? 'secondary' : 'primary'}
        size={size}
        aria-pressed={isFollowing}
        title={isFollowing ? `Unfollow ${displayName}` : `Follow ${displayName}`}
        onClick={toggle}
        isLoading={action.isPending}
      >
        {isFollowing ? (
          <>
            <span aria-hidden="true">✓ </span>Following
          </>
        ) : (
          'Follow'
        )}
      </Button>
      {action.isError && (
        <span className="follow__error" role="alert">
          {errorMessage(action.error)}
        </span>
      )}
    </span>
  );
}
