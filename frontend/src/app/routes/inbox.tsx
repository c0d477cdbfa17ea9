import { useState } from 'react';
import { Link } from 'react-router';
import { Button, buttonClassName } from '@/components/ui/button';
import { Card } from '@/components/ui/card';
import { ErrorBox } from '@/components/ui/error-box';
import { InboxList, type InboxOutcome } from '@/features/inbox/components/inbox-list';
import type { InboxItem } from '@/features/inbox/api/types';
import { BrokerView } from '@/features/introductions/components/broker-view';
import { RequestedIntroductions } from '@/features/introductions/components/requested-introductions';
import { TargetView } from '@/features/introductions/components/target-view';
import { InvitationQuestion } from '@/features/messages/components/invitation-question';
import { QuickReply } from '@/features/messages/components/quick-reply';
import { useMakeFollower } from '@/features/network/api/make-follower';
import { AcceptReplyForm } from '@/features/network/components/accept-reply-form';
import { ScoreBadge } from '@/features/network/components/note-score';
import { SearchPanel } from '@/features/notes/components/search-panel';

/** Says what an action did, where the item was (the list shows it in the item's place). */
type Report = (outcome: InboxOutcome) => void;

function ConversationActions({ item, done }: { item: InboxItem; done: () => void }) {
  const [replying, setReplying] = useState(false);
  if (replying) {
    return (
      <QuickReply
        conversationId={item.referenceId}
        name={item.actor.displayName}
        onDone={() => {
          setReplying(false);
          done();
        }}
      />
    );
  }
  return (
    <div className="inbox-item__buttons">
      <Link to={`/messages/${item.referenceId}`} className={buttonClassName('secondary', 'sm')}>
        Open
      </Link>
      <Button size="sm" onClick={() => setReplying(true)} aria-label={`Reply to ${item.actor.displayName}`}>
        Reply
      </Button>
    </div>
  );
}

/** A connection request in the inbox: its score, then accept (with a reply), ask first, or make follower. */
function RequestActions({ item, done, report }: { item: InboxItem; done: () => void; report: Report }) {
  const [mode, setMode] = useState<'idle' | 'accept' | 'ask' | 'accepted'>('idle');
  const makeFollower = useMakeFollower();
  const name = item.actor.displayName;
  // The request leaves the inbox; until it does, the notice under it says what happened.
  if (mode === 'accepted') return null;
  return (
    <div className="stack stack--tight">
      {item.verdict && item.score != null && (
        <p>
          <ScoreBadge verdict={item.verdict} score={item.score} />
        </p>
      )}
      {mode === 'accept' && (
        <AcceptReplyForm
          invitationId={item.referenceId}
          senderName={name}
          onAccepted={(withReply) => {
            setMode('accepted');
            report({
              text: `You are now connected with ${name}.${withReply ? ' Your reply opened your conversation.' : ''}`,
            });
            done();
          }}
          onCancel={() => setMode('idle')}
        />
      )}
      {mode === 'ask' && (
        <InvitationQuestion
          invitationId={item.referenceId}
          name={name}
          onDone={() => {
            setMode('idle');
            done();
          }}
        />
      )}
      {mode === 'idle' && (
        <div className="inbox-item__buttons">
          <Button size="sm" onClick={() => setMode('accept')} aria-label={`Accept ${name}`}>
            Accept
          </Button>
          <Button variant="secondary" size="sm" onClick={() => setMode('ask')} aria-label={`Ask ${name} before deciding`}>
            Ask first
          </Button>
          <Button
            variant="secondary"
            size="sm"
            isLoading={makeFollower.isPending}
            aria-label={`Make follower: ${name}`}
            title="They follow you and see your public posts, without a connection. They are told only that they now follow you."
            onClick={() =>
              // mutateAsync: the request leaves the inbox (unmounting this row) before a per-call callback would run.
              void makeFollower.mutateAsync(item.referenceId).then(() => {
                report({ text: `${name} now follows you. They are told only that they follow you.` });
                done();
              }, () => undefined)
            }
          >
            Make follower
          </Button>
        </div>
      )}
      {makeFollower.isError && <ErrorBox error={makeFollower.error} />}
    </div>
  );
}

function itemActions(item: InboxItem, done: () => void, report: Report) {
  switch (item.kind) {
    case 'CONVERSATION':
      return <ConversationActions item={item} done={done} />;
    case 'CONNECTION_REQUEST':
      return <RequestActions item={item} done={done} report={report} />;
    case 'INTRODUCTION_AS_BROKER':
      return (
        <BrokerView
          introductionId={item.referenceId}
          onDone={(introduction) => {
            report({ text: introduction.statusText });
            done();
          }}
        />
      );
    case 'INTRODUCTION_AS_TARGET':
      return (
        <TargetView
          introductionId={item.referenceId}
          onDone={(introduction) => {
            report({
              text: introduction.statusText,
              link:
                introduction.conversationId != null
                  ? {
                      to: `/messages/${introduction.conversationId}`,
                      label: `Open your conversation with ${introduction.requester.displayName.split(' ')[0]}`,
                    }
                  : undefined,
            });
            done();
          }}
        />
      );
    default:
      return null;
  }
}

/** /inbox: everything that waits for me in one place, live, plus search across my notes and messages. */
export function InboxRoute() {
  return (
    <div className="stack">
      <title>Inbox · Rapport</title>
      <div className="page-title">
        <h1 className="page-title__text">Inbox</h1>
        <a href="#introductions-asked" className="page-title__link">
          Introductions you asked for
        </a>
        <Link to="/review" className="page-title__link">
          Review your connections
        </Link>
      </div>
      <SearchPanel />
      <Card title="Everything, newest first" aria-label="Inbox items">
        <InboxList renderActions={itemActions} />
      </Card>
      <Card title="Introductions you asked for" id="introductions-asked">
        <RequestedIntroductions />
      </Card>
    </div>
  );
}
