import { useId, useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { Button } from '@/components/ui/button';
import { EmptyState } from '@/components/ui/empty-state';
import { ErrorBox } from '@/components/ui/error-box';
import { LoadingBlock } from '@/components/ui/spinner';
import { formatDay } from '@/lib/format';
import { useSearchNotesAndMessages } from '../api/search-notes-and-messages';
import type { SearchResult, SearchResultKind } from '../api/types';

function ResultItem({ result }: { result: SearchResult }) {
  const name = result.member.displayName;
  const label =
    result.kind === 'NOTE' ? `Your note on ${name}` : result.mine ? `You wrote to ${name}` : `${name} wrote`;
  const to = result.kind === 'MESSAGE' && result.conversationId != null ? `/messages/${result.conversationId}` : `/in/${result.member.handle}`;
  return (
    <li className="search-result">
      <p className="search-result__meta">
        <Link to={to} className="search-result__label">
          {label}
        </Link>
        <span className="muted"> · {formatDay(result.createdAt)}</span>
      </p>
      <p className="search-result__snippet">
        {result.snippet.map((segment, index) =>
          segment.highlighted ? <mark key={index}>{segment.text}</mark> : <span key={index}>{segment.text}</span>,
        )}
      </p>
    </li>
  );
}

/** Full-text search across my private notes and my messages, with the matching words marked. */
export function SearchPanel() {
  const [draft, setDraft] = useState('');
  const [query, setQuery] = useState('');
  const [kind, setKind] = useState<SearchResultKind | ''>('');
  const id = useId();
  const search = useSearchNotesAndMessages(query, kind || undefined);
  const items = search.data?.pages.flatMap((page) => page.items) ?? [];

  function submit(event: FormEvent) {
    event.preventDefault();
    setQuery(draft.trim());
  }

  return (
    <section className="card search-panel" aria-label="Search your notes and messages">
      <form className="search-panel__form" role="search" onSubmit={submit}>
        <label className="visually-hidden" htmlFor={`${id}-q`}>
          Search your notes and messages
        </label>
        <input
          id={`${id}-q`}
          className="input"
          type="search"
          maxLength={200}
          value={draft}
          placeholder="Search your notes and messages"
          onChange={(event) => {
            setDraft(event.target.value);
            if (!event.target.value) setQuery('');
          }}
        />
        <label className="visually-hidden" htmlFor={`${id}-kind`}>
          In
        </label>
        <select
          id={`${id}-kind`}
          className="input input--select search-panel__kind"
          value={kind}
          onChange={(event) => setKind(event.target.value as SearchResultKind | '')}
        >
          <option value="">Notes and messages</option>
          <option value="NOTE">Notes only</option>
          <option value="MESSAGE">Messages only</option>
        </select>
        <Button type="submit" variant="secondary">
          Search
        </Button>
      </form>
      {query &&
        (search.isPending ? (
          <LoadingBlock label="Searching…" />
        ) : search.isError && items.length === 0 ? (
          <ErrorBox title="The search failed" error={search.error} onRetry={() => void search.refetch()} />
        ) : items.length === 0 ? (
          <EmptyState title={`Nothing in your notes or messages matches “${query}”.`}>
            Try fewer words, or "an exact phrase".
          </EmptyState>
        ) : (
          <>
            <ul className="search-results" aria-label={`Results for ${query}`}>
              {items.map((result) => (
                <ResultItem key={`${result.kind}-${result.id}`} result={result} />
              ))}
            </ul>
            {search.hasNextPage && (
              <div className="list-footer">
                <Button variant="secondary" size="sm" onClick={() => void search.fetchNextPage()} isLoading={search.isFetchingNextPage}>
                  More results
                </Button>
              </div>
            )}
          </>
        ))}
    </section>
  );
}
