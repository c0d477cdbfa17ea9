import { useSearchParams } from 'react-router';
import { Card } from '@/components/ui/card';
import { SearchForm } from '@/features/profiles/components/search-form';
import { FollowButton } from '@/features/network/components/follow-button';
import { SearchResults } from '@/features/profiles/components/search-results';
import { useCurrentMember } from '@/lib/session';

/** Member search at /search?q=; the query lives in the address so results can be shared. */
export function SearchRoute() {
  const [params, setParams] = useSearchParams();
  const q = (params.get('q') ?? '').trim();
  const me = useCurrentMember();

  return (
    <div className="stack">
      <title>{q ? `“${q}” · Search · Rapport` : 'Search · Rapport'}</title>
      <Card title="Search members" headingLevel={1}>
        <SearchForm key={q} initialQuery={q} onSearch={(words) => setParams({ q: words })} />
        {!q && <p className="muted search-hint">Find people by name, headline or company. Name matches come first.</p>}
      </Card>
      {q && (
        <Card title="Results">
          <SearchResults
            q={q}
            renderActions={(member) =>
              member.you || member.id === me.data?.id ? (
                <span className="degree-badge degree-badge--self">
                  You<span className="visually-hidden"> (this is your profile)</span>
                </span>
              ) : (
                <FollowButton memberId={member.id} displayName={member.displayName} following={member.following} />
              )
            }
          />
        </Card>
      )}
    </div>
  );
}
