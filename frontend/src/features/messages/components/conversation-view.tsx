import { useEffect, useRef } from 'react';
import { Link } from 'react-router';
import { Avatar } from '@/components/ui/avatar';
import { Button } from '@/components/ui/button';
import { EmptyState } from '@/components/ui/empty-state';
import { ErrorBox } from '@/components/ui/error-box';
import { LoadingBlock } from '@/components/ui/spinner';
import { formatPosition, timeAgo } from '@/lib/format';
import { useConversation } from '../api/get-conversation';
import { useMessages } from '../api/list-messages';
import { useMarkConversationRead } from '../api/mark-conversation-read';
import { useSendMessage } from '../api/send-message';
import type { Conversation, Message } from '../api/types';
import { MessageComposer } from './message-composer';

const OPENING_TEXT = {
  CONNECTION: 'You are connected.',
  INVITATION: 'This conversation started inside a connection request.',
  INTRODUCTION: 'You were introduced.',
} as const;

function firstName(name: string) {
  return name.split(' ')[0] ?? name;
}

function MessageItem({ message, otherName, brokerName }: { message: Message; otherName: string; brokerName?: string }) {
  const at = new Date(message.createdAt);
  const introduction = message.kind === 'INTRODUCTION';
  const author = introduction
    ? `${brokerName ?? 'Your introducer'} introduced you`
    : message.mine
      ? 'You'
      : firstName(otherName);
  return (
    <li className={`message${introduction ? ' message--introduction' : message.mine ? ' message--mine' : ''}`}>
      <p className="message__meta">
        <span className="message__author">{author}</span>
        <span aria-hidden="true"> · </span>
        <time dateTime={message.createdAt} title={at.toLocaleString()}>
          {timeAgo(message.createdAt)}
        </time>
      </p>
      <p className="message__text prose">{message.text}</p>
    </li>
  );
}

/** Moves the read marker up to the newest message from the other member once it is on screen. */
function useReadUpTo(conversation: Conversation | undefined, newest: Message | undefined) {
  const markRead = useMarkConversationRead(conversation?.id ?? 0);
  const marked = useRef(0);
  useEffect(() => {
    if (!conversation || !newest) return;
    const readUpTo = conversation.readUpToMessageId ?? 0;
    if (conversation.unreadCount === 0 && readUpTo >= newest.id) return;
    if (marked.current >= newest.id) return;
    marked.current = newest.id;
    markRead.mutate(newest.id);
  }, [conversation, newest, markRead]);
}

/**
 * One conversation: who it is with and how it opened, a composer when you may write, then the
 * history newest first with "Show older messages"; reading it moves your read marker.
 */
export function ConversationView({ conversationId }: { conversationId: number }) {
  const conversation = useConversation(conversationId);
  const messages = useMessages(conversationId);
  const send = useSendMessage(conversationId);
  const items = messages.data?.pages.flatMap((page) => page.items) ?? [];
  useReadUpTo(conversation.data, items[0]);

  if (conversation.isPending) return <LoadingBlock label="Loading the conversation…" />;
  if (conversation.isError) {
    return (
      <ErrorBox
        title="This conversation could not be loaded"
        error={conversation.error}
        onRetry={() => void conversation.refetch()}
      />
    );
  }
  const { member, canWrite, openedBy, introducedBy } = conversation.data;
  const position = member.headline || formatPosition(member.currentTitle, member.currentCompany);
  return (
    <section className="card conversation" aria-labelledby="conversation-title">
      <header className="conversation__header">
        <Avatar name={member.displayName} seed={member.handle} />
        <div className="conversation__who">
          <h1 id="conversation-title" className="conversation__title">
            <Link to={`/in/${member.handle}`}>{member.displayName}</Link>
          </h1>
          {position && <p className="muted conversation__headline">{position}</p>}
          <p className="muted conversation__opening">
            {introducedBy ? `${introducedBy.displayName} introduced you.` : OPENING_TEXT[openedBy]}
          </p>
        </div>
      </header>
      {canWrite ? (
        <MessageComposer
          label={`Write to ${member.displayName}`}
          placeholder={`Write to ${firstName(member.displayName)}…`}
          onSend={(text) => send.mutateAsync(text)}
          isSending={send.isPending}
          error={send.error}
        />
      ) : (
        <p className="notice conversation__closed">
          You can no longer write here: none of the ways to write to {firstName(member.displayName)} holds any more.
          The history stays yours to read.
        </p>
      )}
      {messages.isPending ? (
        <LoadingBlock label="Loading messages…" />
      ) : messages.isError && items.length === 0 ? (
        <ErrorBox title="The messages could not be loaded" error={messages.error} onRetry={() => void messages.refetch()} />
      ) : items.length === 0 ? (
        <EmptyState title="No messages yet.">Write the first one.</EmptyState>
      ) : (
        <>
          <ol className="message-list" aria-label={`Messages with ${member.displayName}, newest first`}>
            {items.map((message) => (
              <MessageItem
                key={message.id}
                message={message}
                otherName={member.displayName}
                brokerName={introducedBy?.displayName}
              />
            ))}
          </ol>
          {messages.isFetchNextPageError && <ErrorBox title="Older messages could not be loaded" error={messages.error} />}
          {messages.hasNextPage && (
            <div className="list-footer">
              <Button
                variant="secondary"
                onClick={() => void messages.fetchNextPage()}
                isLoading={messages.isFetchingNextPage}
              >
                Show older messages
              </Button>
            </div>
          )}
        </>
      )}
    </section>
  );
}
