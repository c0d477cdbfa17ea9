import type { ReactNode } from 'react';
import { Button } from './button';
import { EmptyState } from './empty-state';
import { ErrorBox } from './error-box';
import { LoadingBlock } from './spinner';

type Page<T> = { items: T[] };

type InfiniteListProps<T> = {
  query: {
    isPending: boolean;
    isError: boolean;
    error: unknown;
    data?: { pages: Page<T>[] };
    refetch: () => unknown;
    hasNextPage: boolean;
    fetchNextPage: () => unknown;
    isFetchingNextPage: boolean;
    isFetchNextPageError: boolean;
  };
  /** Names the list for assistive technology and browser tests. */
  label: string;
  loadingLabel?: string;
  errorTitle: string;
  empty: ReactNode;
  renderItem: (item: T) => ReactNode;
};

/** A cursor-paginated list with its loading, error and empty states and a "Load more" button. */
export function InfiniteList<T>({ query, label, loadingLabel, errorTitle, empty, renderItem }: InfiniteListProps<T>) {
  if (query.isPending) return <LoadingBlock label={loadingLabel} />;
  if (query.isError && !query.data) {
    return <ErrorBox title={errorTitle} error={query.error} onRetry={() => void query.refetch()} />;
  }
  const items = query.data?.pages.flatMap((page) => page.items) ?? [];
  if (items.length === 0) return <>{typeof empty === 'string' ? <EmptyState title={empty} /> : empty}</>;
  return (
    <>
      <ul className="member-list" aria-label={label}>
        {items.map(renderItem)}
      </ul>
      {query.isFetchNextPageError && <ErrorBox title="More could not be loaded" error={query.error} />}
      {query.hasNextPage && (
        <div className="list-footer">
          <Button variant="secondary" onClick={() => void query.fetchNextPage()} isLoading={query.isFetchingNextPage}>
            Load more
          </Button>
        </div>
      )}
    </>
  );
}
