import { Link, useNavigate, useParams, useSearchParams } from 'react-router';
import { Button } from '@/components/ui/button';
import { Card } from '@/components/ui/card';
import { ErrorBox } from '@/components/ui/error-box';
import { LoadingBlock } from '@/components/ui/spinner';
import { useDeleteNetworkImport } from '@/features/imports/api/delete-network-import';
import { useNetworkImport } from '@/features/imports/api/get-network-import';
import type { ImportRowStatus } from '@/features/imports/api/types';
import { FollowAllForm } from '@/features/imports/components/follow-all-form';
import { ImportRows } from '@/features/imports/components/import-rows';
import { formatDay } from '@/lib/format';

const TABS: { status: ImportRowStatus; label: string }[] = [
  { status: 'MATCHED', label: 'On Rapport' },
  { status: 'AMBIGUOUS', label: 'Ambiguous' },
  { status: 'UNMATCHED', label: 'Not on Rapport yet' },
  { status: 'DISMISSED', label: 'Dismissed' },
];

/** /import/:importId: confirm the matches of an import, follow and tag them. The tab lives in the URL (?status=). */
export function ImportReviewRoute() {
  const importId = Number(useParams().importId);
  const [params] = useSearchParams();
  const status = TABS.find((t) => t.status === params.get('status'))?.status ?? 'MATCHED';
  const query = useNetworkImport(importId);
  const remove = useDeleteNetworkImport();
  const navigate = useNavigate();

  if (query.isPending) return <LoadingBlock label="Loading your import" />;
  if (query.isError) return <ErrorBox title="This import could not be loaded" error={query.error} onRetry={() => void query.refetch()} />;
  const i = query.data;
  const counts: Record<ImportRowStatus, number> = {
    MATCHED: i.matchedCount,
    AMBIGUOUS: i.ambiguousCount,
    UNMATCHED: i.unmatchedCount,
    DISMISSED: i.dismissedCount,
  };

  return (
    <div className="stack page__narrow-wide">
      <title>Your import · Rapport</title>
      <Card title="Your import" headingLevel={1}>
        <p className="card__intro">
          <strong>{i.fileName ?? 'Imported file'}</strong>, {formatDay(i.createdAt)}: {i.rowCount.toLocaleString('en-US')}{' '}
          people, <strong>{i.matchedCount.toLocaleString('en-US')} on Rapport</strong>
          {i.ambiguousCount > 0 && `, ${i.ambiguousCount.toLocaleString('en-US')} ambiguous`},{' '}
          {i.unmatchedCount.toLocaleString('en-US')} not yet.
          {i.skippedCount > 0 && ` ${i.skippedCount.toLocaleString('en-US')} lines of the file could not be used.`}
        </p>
        {i.skippedLines.length > 0 && (
          <ul className="import-skipped" aria-label="Lines left out">
            {i.skippedLines.map((s) => (
              <li key={s.lineNumber}>
                Line {s.lineNumber}: {s.reason}
              </li>
            ))}
          </ul>
        )}
        {i.matchedCount > 0 && <FollowAllForm networkImport={i} />}
      </Card>
      <Card title="People in your file">
        <nav className="tabs import-tabs" aria-label="Import rows">
          {TABS.map((t) => (
            <Link
              key={t.status}
              to={`?status=${t.status}`}
              className={t.status === status ? 'tabs__tab tabs__tab--active' : 'tabs__tab'}
              aria-current={t.status === status ? 'page' : undefined}
              replace
            >
              {t.label} ({counts[t.status].toLocaleString('en-US')})
            </Link>
          ))}
        </nav>
        <ImportRows importId={i.id} status={status} />
      </Card>
      <p className="muted">
        <Button
          variant="ghost"
          size="sm"
          isLoading={remove.isPending}
          onClick={() => remove.mutate(i.id, { onSuccess: () => navigate('/import', { replace: true }) })}
        >
          Delete this import
        </Button>{' '}
        Removes the file and everyone in it from Rapport; the people you followed stay followed.
      </p>
      {remove.isError && <ErrorBox title="The import was not deleted" error={remove.error} />}
    </div>
  );
}
