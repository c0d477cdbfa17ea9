import { Link } from 'react-router';
import { EmptyState } from '@/components/ui/empty-state';
import { ErrorBox } from '@/components/ui/error-box';
import { LoadingBlock } from '@/components/ui/spinner';
import { formatDay } from '@/lib/format';
import { useNetworkImports } from '../api/list-network-imports';

/** Your earlier imports, each opening its review. */
export function ImportList() {
  const imports = useNetworkImports();
  if (imports.isPending) return <LoadingBlock label="Loading your imports" />;
  if (imports.isError) return <ErrorBox title="Your imports could not be loaded" error={imports.error} onRetry={() => void imports.refetch()} />;
  if (imports.data.items.length === 0) return <EmptyState title="You have not imported anything yet." />;
  return (
    <ul className="import-list" aria-label="Your imports">
      {imports.data.items.map((i) => (
        <li key={i.id} className="import-list__item">
          <Link to={`/import/${i.id}`}>{i.fileName ?? 'Imported file'}</Link>
          <span className="muted">
            {' '}
            · {formatDay(i.createdAt)} · {i.rowCount.toLocaleString('en-US')} people, {i.matchedCount.toLocaleString('en-US')}{' '}
            on Rapport, {i.followingCount.toLocaleString('en-US')} followed
          </span>
        </li>
      ))}
    </ul>
  );
}
