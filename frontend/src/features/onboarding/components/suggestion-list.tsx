import { useState } from 'react';
import { Button } from '@/components/ui/button';
import { InfiniteList } from '@/components/ui/infinite-list';
import { MemberRow } from '@/components/ui/member-row';
import { errorMessage } from '@/lib/problem';
import { useFollowSuggested } from '../api/follow-suggested';
import { useFollowSuggestions, type FollowSuggestion } from '../api/list-follow-suggestions';

/** Follow / Following for one suggestion; the row stays in place either way. */
function FollowToggle({ suggestion }: { suggestion: FollowSuggestion }) {
  const [following, setFollowing] = useState(false);
  const follow = useFollowSuggested();
  const name = suggestion.member.displayName;
  return (
    <span className="follow">
      <Button
        size="sm"
        variant={following ? 'secondary' : 'primary'}
        aria-pressed={following}
        aria-label={following ? `Following ${name}` : `Follow ${name}`}
        isLoading={follow.isPending}
        onClick={() =>
          follow.mutate(
            { memberId: suggestion.member.id, follow: !following },
            { onSuccess: (state) => setFollowing(state.following) },
          )
        }
      >
        {following ? (
          <>
            <span aria-hidden="true">✓ </span>Following
          </>
        ) : (
          'Follow'
        )}
      </Button>
      {follow.isError && (
        <span className="follow__error" role="alert">
          {errorMessage(follow.error)}
        </span>
      )}
    </span>
  );
}

/** People to follow, each with why ("Works at Acme", "Also in Lisbon") and a Follow button, never Connect. */
export function SuggestionList() {
  const query = useFollowSuggestions();
  return (
    <InfiniteList
      query={query}
      label="People to follow"
      loadingLabel="Finding people you may want to follow"
      errorTitle="Suggestions could not be loaded"
      empty="Nobody to suggest yet: add your company and city above, or search for people you know."
      renderItem={(s: FollowSuggestion) => (
        <MemberRow
          key={s.member.id}
          member={s.member}
          meta={s.reasons.map((r) => r.text).join(' · ')}
          actions={<FollowToggle suggestion={s} />}
        />
      )}
    />
  );
}
