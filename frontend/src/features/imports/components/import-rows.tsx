import { Link } from 'react-router';
import { Button } from '@/components/ui/button';
import { InfiniteList } from '@/components/ui/infinite-list';
import { MemberRow } from '@/components/ui/member-row';
import { errorMessage } from '@/lib/problem';
import { useDismissImportMatch } from '../api/dismiss-import-match';
import { useFollowImportedMembers } from '../api/follow-imported-members';
import { useImportRows } from '../api/list-import-rows';
import type { ImportRow, ImportRowStatus } from '../api/types';

function fileName(row: ImportRow) {
  return [row.firstName, row.lastName].filter(Boolean).join(' ') || row.email || 'Someone';
}

function fileLine(row: ImportRow) {
  const work = row.position && row.company ? `${row.position} at ${row.company}` : row.position || row.company;
  return [fileName(row), work, row.email].filter(Boolean).join(' · ');
}

function MatchActions({ importId, row }: { importId: number; row: ImportRow }) {
  const follow = useFollowImportedMembers();
  const dismiss = useDismissImportMatch();
  const name = row.member?.displayName ?? fileName(row);
  return (
    <span className="import-row__actions">
      {row.following ? (
        <span className="import-row__following">
          <span aria-hidden="true">✓ </span>Following
        </span>
      ) : (
        <Button size="sm" aria-label={`Follow ${name}`} isLoading={follow.isPending} onClick={() => follow.mutate({ importId, rowIds: [row.id] })}>
          Follow
        </Button>
      )}
      <Button size="sm" variant="ghost" aria-label={`${name} is not the person in my file`} isLoading={dismiss.isPending} onClick={() => dismiss.mutate({ importId, rowId: row.id })}>
        Not them
      </Button>
      {(follow.isError || dismiss.isError) && (
        <span className="follow__error" role="alert">
          {errorMessage(follow.error ?? dismiss.error)}
        </span>
      )}
    </span>
  );
}

function Row({ importId, row }: { importId: number; row: ImportRow }) {
  if (row.status === 'MATCHED' && row.member) {
    return (
      <MemberRow
        member={row.member}
        meta={
          <>
            In your file: {fileLine(row)} — matched by {row.matchRule === 'EMAIL' ? 'email' : 'name and company'}
            {!row.connected && (
              <>
                {' '}
                · <Link to={`/in/${row.member.handle}`}>Connect from their profile</Link>
              </>
            )}
          </>
        }
        actions={<MatchActions importId={importId} row={row} />}
      />
    );
  }
  return (
    <li className="import-row">
      <p className="import-row__name">{fileLine(row)}</p>
      <p className="muted import-row__details">
        Line {row.lineNumber}
        {row.status === 'AMBIGUOUS' && (
          <>
            {' '}
            · {row.candidateCount} members share this name and company, so Rapport did not guess.{' '}
            <Link to={`/search?q=${encodeURIComponent(fileName(row))}`}>Find the right one</Link>
          </>
        )}
        {row.status === 'UNMATCHED' && ' · Not on Rapport yet: kept privately and matched when they join.'}
        {row.status === 'DISMISSED' && ' · You said the match was not them.'}
      </p>
    </li>
  );
}

const EMPTY: Record<ImportRowStatus, string> = {
  MATCHED: 'Nobody in this file is on Rapport yet. They will match here when they join.',
  AMBIGUOUS: 'No ambiguous names in this file.',
  UNMATCHED: 'Everyone in this file is on Rapport.',
  DISMISSED: 'You have not dismissed any match.',
};

/** One status's rows of an import, in file order. */
export function ImportRows({ importId, status }: { importId: number; status: ImportRowStatus }) {
  const query = useImportRows(importId, status);
  return (
    <InfiniteList
      query={query}
      label="People in your file"
      errorTitle="The people of this import could not be loaded"
      empty={EMPTY[status]}
      renderItem={(row: ImportRow) => <Row key={row.id} importId={importId} row={row} />}
    />
  );
}
