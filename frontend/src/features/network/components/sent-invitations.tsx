import { useState } from 'react';
import { Button } from '@/components/ui/button';
import { EmptyState } from '@/components/ui/empty-state';
import { InfiniteList } from '@/components/ui/infinite-list';
import { MemberRow } from '@/components/ui/member-row';
import { formatDay } from '@/lib/format';
import { errorMessage } from '@/lib/problem';
import { useSentInvitations } from '../api/list-sent-invitations';
import type { SentInvitation, SentInvitationStatus } from '../api/types';
import { useWithdrawInvitation } from '../api/withdraw-invitation';
import { ScoreBadge } from './note-score';
import { withdrawSentence } from './policy-text';

/** How a sender sees a request: a request made into a follow reads "Following", nothing more. */
const STATUS_LABEL: Record<SentInvitationStatus, string> = {
  PENDING: 'Pending',
  CONNECTED: 'Connected',
  FOLLOWING: 'Following',
  WITHDRAWN: 'Withdrawn',
};

function SentItem({ invitation }: { invitation: SentInvitation }) {
  const withdraw = useWithdrawInvitation();
  const [confirming, setConfirming] = useState(false);
  const status = invitation.status;
  return (
    <MemberRow
      member={invitation.recipient}
      meta={
        <>
          <span className={`status-pill status-pill--${status.toLowerCase()}`}>{STATUS_LABEL[status]}</span>
          <span> · Sent {formatDay(invitation.createdAt)}</span>
        </>
      }
      actions={
        status === 'PENDING' && (
          <Button
            variant="secondary"
            size="sm"
            isLoading={withdraw.isPending}
            aria-label={`Withdraw the request to ${invitation.recipient.displayName}`}
            onClick={() => setConfirming(true)}
          >
            Withdraw
          </Button>
        )
      }
    >
      <div className="invitation">
        {invitation.note ? (
          <blockquote className="invitation__note prose">{invitation.note}</blockquote>
        ) : (
          <p className="invitation__note invitation__note--empty">No note.</p>
        )}
        <div className="invitation__score">
          <ScoreBadge verdict={invitation.verdict} score={invitation.score} />
        </div>
        {status === 'PENDING' && confirming && (
          <div className="menu__panel menu__panel--inline" role="alertdialog" aria-label="Withdraw your request?">
            <p className="menu__text">{withdrawSentence(invitation.recipient.displayName, invitation.coolDownDays)}</p>
            <div className="menu__row">
              <Button variant="secondary" size="sm" onClick={() => setConfirming(false)}>
                Keep the request
              </Button>
              <Button
                variant="danger"
                size="sm"
                isLoading={withdraw.isPending}
                onClick={() => withdraw.mutate(invitation.id, { onSuccess: () => setConfirming(false) })}
              >
                Withdraw
              </Button>
            </div>
          </div>
        )}
        {status === 'WITHDRAWN' && invitation.canInviteAgainAt && (
          <p className="cool-down">You can invite them again on {formatDay(invitation.canInviteAgainAt)}.</p>
        )}
        {withdraw.isError && (
          <p className="follow__error" role="alert">
            {errorMessage(withdraw.error)}
          </p>
        )}
      </div>
    </MemberRow>
  );
}

/** The requests you sent, newest first, in every state; pending ones can be withdrawn. */
export function SentInvitations() {
  return (
    <InfiniteList<SentInvitation>
      query={useSentInvitations()}
      label="Invitations sent"
      loadingLabel="Loading your requests…"
      errorTitle="Your requests could not be loaded"
      empty={
        <EmptyState title="You haven't sent any connection requests.">
          Open the profile of someone you know and choose Connect.
        </EmptyState>
      }
      renderItem={(invitation) => <SentItem key={invitation.id} invitation={invitation} />}
    />
  );
}
