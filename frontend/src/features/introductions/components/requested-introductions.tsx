import { useEffect, useRef, useState } from 'react';
import { Link } from 'react-router';
import { Avatar } from '@/components/ui/avatar';
import { Button } from '@/components/ui/button';
import { ErrorBox } from '@/components/ui/error-box';
import { InfiniteList } from '@/components/ui/infinite-list';
import { formatDay } from '@/lib/format';
import { useIntroductions } from '../api/list-introductions';
import type { Introduction } from '../api/types';
import { useWithdrawIntroduction } from '../api/withdraw-introduction';

const OPEN = new Set(['REQUESTED', 'FORWARDED']);

function firstName(name: string) {
  return name.split(' ')[0] ?? name;
}

/** One introduction I asked for: to whom, through whom, where it stands, and withdraw while it is open. */
function RequestedIntroduction({ introduction, onWithdrawn }: { introduction: Introduction; onWithdrawn: (text: string) => void }) {
  const [confirming, setConfirming] = useState(false);
  const withdraw = useWithdrawIntroduction();
  const { target, broker } = introduction;
  const open = OPEN.has(introduction.status);

  return (
    <li className="member-row member-row--wide intro-request">
      <Avatar name={target.displayName} seed={target.handle} />
      <div className="member-row__main">
        <p className="member-row__title">
          <Link className="member-row__name" to={`/in/${target.handle}`}>
            {target.displayName}
          </Link>
          <span className="member-row__handle">through {broker.displayName}</span>
        </p>
        <p className="intro-request__status">
          <span className={`status-pill status-pill--${introduction.status.toLowerCase()}`}>{statusLabel(introduction.status)}</span>{' '}
          {introduction.statusText}
        </p>
        <p className="muted intro-request__date">Asked on {formatDay(introduction.createdAt)}</p>
        {introduction.message && (
          <details className="intro-request__message">
            <summary>Your message to {firstName(broker.displayName)}</summary>
            <p>{introduction.message}</p>
          </details>
        )}
        {introduction.status === 'ACCEPTED' && introduction.conversationId != null && (
          <Link to={`/messages/${introduction.conversationId}`}>Open your conversation with {firstName(target.displayName)}</Link>
        )}
        {introduction.status === 'DECLINED' && (
          <Link to={`/in/${target.handle}`}>See {firstName(target.displayName)}'s profile to follow them</Link>
        )}
        {open && !confirming && (
          <div className="member-row__actions">
            <Button variant="secondary" size="sm" onClick={() => setConfirming(true)} aria-label={`Withdraw: introduction to ${target.displayName}`}>
              Withdraw
            </Button>
          </div>
        )}
        {open && confirming && (
          <div className="inline-confirm" role="group" aria-label="Withdraw this request?">
            <p>
              Withdraw your request to meet {target.displayName}? {firstName(broker.displayName)} will no longer see it.
            </p>
            <div className="member-row__actions">
              <Button
                variant="danger"
                size="sm"
                isLoading={withdraw.isPending}
                data-autofocus
                onClick={() =>
                  // mutateAsync: a waiting list drops the row before a per-call callback would run.
                  void withdraw.mutateAsync(introduction.id).then(
                    () => onWithdrawn(`You withdrew your request to meet ${target.displayName}. Nobody else is told.`),
                    () => undefined,
                  )
                }
              >
                Withdraw request
              </Button>
              <Button variant="ghost" size="sm" onClick={() => setConfirming(false)}>
                Keep it
              </Button>
            </div>
            {withdraw.isError && <ErrorBox error={withdraw.error} />}
          </div>
        )}
      </div>
    </li>
  );
}

function statusLabel(status: Introduction['status']): string {
  switch (status) {
    case 'REQUESTED':
      return 'Waiting for the introducer';
    case 'FORWARDED':
      return 'Introduced';
    case 'ACCEPTED':
      return 'Accepted';
    case 'DECLINED':
      return 'Did not happen';
    case 'WITHDRAWN':
      return 'Withdrawn';
  }
}

/**
 * The introductions I asked for, as the requester sees them: open ones (with Withdraw) or all,
 * decided ones included. A decline is told kindly, and never says who declined or who else was asked.
 */
export function RequestedIntroductions() {
  const [pendingOnly, setPendingOnly] = useState(true);
  const [notice, setNotice] = useState<string | null>(null);
  const noticeRef = useRef<HTMLParagraphElement>(null);
  const query = useIntroductions('REQUESTER', pendingOnly);
  useEffect(() => {
    if (notice) noticeRef.current?.focus();
  }, [notice]);
  return (
    <div className="stack stack--tight">
      <div className="segmented" role="group" aria-label="Which introductions">
        <button type="button" className={`segmented__option${pendingOnly ? ' segmented__option--active' : ''}`} aria-pressed={pendingOnly} onClick={() => {
            setPendingOnly(true);
            setNotice(null);
          }}>
          Waiting
        </button>
        <button type="button" className={`segmented__option${!pendingOnly ? ' segmented__option--active' : ''}`} aria-pressed={!pendingOnly} onClick={() => {
            setPendingOnly(false);
            setNotice(null);
          }}>
          All, decided too
        </button>
      </div>
      {notice && (
        <p ref={noticeRef} tabIndex={-1} className="notice" role="status">
          {notice}
        </p>
      )}
      <InfiniteList<Introduction>
        query={query}
        label="Introductions you asked for"
        loadingLabel="Loading your introduction requests…"
        errorTitle="Your introduction requests could not be loaded"
        empty={
          pendingOnly
            ? 'No introduction you asked for is waiting.'
            : 'You have not asked for an introduction yet. On the profile of someone your connections know, choose “Ask for an introduction”.'
        }
        renderItem={(introduction) => (
          <RequestedIntroduction key={introduction.id} introduction={introduction} onWithdrawn={setNotice} />
        )}
      />
    </div>
  );
}
