import { Button } from '@/components/ui/button';
import { EmptyState } from '@/components/ui/empty-state';
import { ErrorBox } from '@/components/ui/error-box';
import { LoadingBlock } from '@/components/ui/spinner';
import type { ReactNode } from 'react';
import { useSearchProfiles, type ProfileSearchResult } from '../api/search-profiles';
import { ProfileSummaryItem } from './profile-summary-item';

type SearchResultsProps = {
  q: string;
  /** The action offered on each member (Follow), composed by the page. */
  renderActions?: (profile: ProfileSearchResult) => ReactNode;
};

/** The members matching `q`, with loading, empty and error states and "Load more". */
export function SearchResults({ q, renderActions }: SearchResultsProps) {
  const search = useSearchProfiles(q);

  if (search.isPending) return <LoadingBlock label="Searching…" />;
  if (search.isError && !search.data) {
    return <ErrorBox title="The search failed" error={search.error} onRetry={() => void search.refetch()} />;
  }

  const members = search.data.pages.flatMap((page) => page.items);
  if (members.length === 0) {
    return (
      <EmptyState title={`No members match “${q}”.`}>
        Try fewer words, or search for a company or a job title.
      </EmptyState>
    );
  }

  return (
    <>
      <ul className="member-list" aria-label="Search results">
        {members.map((member) => (
          <ProfileSummaryItem key={member.id} profile={member} actions={renderActions?.(member)} />
        ))}
      </ul>
      {search.isFetchNextPageError && (
        <ErrorBox title="More results could not be loaded" error={search.error} />
      )}
      {search.hasNextPage && (
        <div className="list-footer">
          <Button variant="secondary" onClick={() => void search.fetchNextPage()} isLoading={search.isFetchingNextPage}>
            Load more
          </Button>
        </div>
      )}
    </>
  );
}
