import { Fragment, useState, type ReactNode } from 'react';
import { Link, useSearchParams } from 'react-router';
import { Avatar } from '@/components/ui/avatar';
import { Button } from '@/components/ui/button';
import { EmptyState } from '@/components/ui/empty-state';
import { ErrorBox } from '@/components/ui/error-box';
import { actedAt, InPlaceNotice, noticePosition, type ActedAt } from '@/components/ui/in-place-notice';
import { LoadingBlock } from '@/components/ui/spinner';
import { timeAgo } from '@/lib/format';
import { useInboxCounts } from '../api/get-inbox-counts';
import { useInbox } from '../api/list-inbox';
import { useMarkInboxItemRead } from '../api/mark-inbox-item-read';
import { useMarkInboxRead } from '../api/mark-inbox-read';
import type { InboxCounts, InboxItem, InboxKind } from '../api/types';

const KINDS: { kind?: InboxKind; label: string; count: keyof InboxCounts }[] = [
  { label: 'All', count: 'total' },
  { kind: 'CONVERSATION', label: 'Messages', count: 'conversation' },
  { kind: 'CONNECTION_REQUEST', label: 'Requests', count: 'connectionRequest' },
  { kind: 'INTRODUCTION_AS_BROKER', label: 'Asked to introduce', count: 'introductionAsBroker' },
  { kind: 'INTRODUCTION_AS_TARGET', label: 'Introduced to you', count: 'introductionAsTarget' },
  { kind: 'OUTCOME', label: 'Outcomes', count: 'outcome' },
];

const EMPTY_TEXT: Record<InboxKind | 'ALL', string> = {
  ALL: 'Your inbox is empty.',
  CONVERSATION: 'No conversations yet.',
  CONNECTION_REQUEST: 'No connection requests waiting.',
  INTRODUCTION_AS_BROKER: 'Nobody has asked you for an introduction.',
  INTRODUCTION_AS_TARGET: 'No introductions for you.',
  OUTCOME: 'Nothing has come back from what you sent yet.',
};

function firstName(name: string) {
  return name.split(' ')[0] ?? name;
}

/** The line that says what an item is, in plain words. */
export function itemHeadline(item: InboxItem): string {
  const name = firstName(item.actor.displayName);
  switch (item.kind) {
    case 'CONVERSATION':
      return 'Conversation';
    case 'CONNECTION_REQUEST':
      return `${name} asks to connect`;
    case 'INTRODUCTION_AS_BROKER':
      return `${name} asks you for an introduction`;
    case 'INTRODUCTION_AS_TARGET':
      return 'An introduction for you';
    case 'OUTCOME':
      switch (item.outcome) {
        case 'ACCEPTED':
          return `${name} accepted your connection request`;
        case 'NOW_FOLLOWING':
          return `You now follow ${name}`;
        case 'INTRODUCTION_FORWARDED':
          return 'Your introduction request was passed on';
        case 'INTRODUCTION_DECLINED':
          return 'Your introduction did not happen this time';
        case 'INTRODUCED':
          return `You were introduced to ${name}`;
        default:
          return 'An update on what you sent';
      }
  }
}

/** What an action on an item did ("You are now connected with Dana."), with where to go next. */
export type InboxOutcome = { text: string; link?: { to: string; label: string } };

type InboxListProps = {
  /**
   * What can be done with an item, in place (reply, accept, forward…); `done` marks it read, and
   * `report` says what the action did, where the item was (it usually leaves the inbox then).
   */
  renderActions: (item: InboxItem, done: () => void, report: (outcome: InboxOutcome) => void) => ReactNode;
};

function InboxRow({
  item,
  renderActions,
  report,
}: { item: InboxItem; report: (outcome: InboxOutcome) => void } & InboxListProps) {
  const markRead = useMarkInboxItemRead();
  const done = () => {
    if (item.unread) markRead.mutate(item.id);
  };
  const headline = itemHeadline(item);
  return (
    <li className={`inbox-item${item.unread ? ' inbox-item--unread' : ''}`}>
      <Avatar name={item.actor.displayName} seed={item.actor.handle} />
      <div className="inbox-item__main">
        <div className="inbox-item__top">
          <p className="inbox-item__title">
            <Link className="inbox-item__name" to={`/in/${item.actor.handle}`}>
              {item.actor.displayName}
            </Link>
            {item.unread && (
              <span className="inbox-item__unread">
                {item.unreadCount > 1 ? `${item.unreadCount} new` : 'New'}
              </span>
            )}
          </p>
          <time className="inbox-item__time muted" dateTime={item.lastActivityAt}>
            {timeAgo(item.lastActivityAt)}
          </time>
        </div>
        <p className="inbox-item__headline">{headline}</p>
        {/* An introduction's views show its whole text; a preview would say it twice. */}
        {item.preview &&
          item.kind !== 'INTRODUCTION_AS_BROKER' &&
          item.kind !== 'INTRODUCTION_AS_TARGET' &&
          (item.kind === 'CONVERSATION' ? (
            <Link className="inbox-item__preview inbox-item__preview--link" to={`/messages/${item.referenceId}`}>
              {item.preview}
            </Link>
          ) : (
            <p className="inbox-item__preview">{item.preview}</p>
          ))}
        <div className="inbox-item__actions">
          {renderActions(item, done, report)}
          {item.unread && item.kind === 'OUTCOME' && (
            <Button variant="ghost" size="sm" isLoading={markRead.isPending} onClick={done}>
              Mark read
            </Button>
          )}
        </div>
      </div>
    </li>
  );
}

/**
 * The one inbox: conversations, requests, introductions and outcomes, newest activity first,
 * narrowed by kind (with each kind's unread count), every item acted on in place, and what an
 * action did said (and focused) where the item was.
 */
export function InboxList({ renderActions }: InboxListProps) {
  const [params, setParams] = useSearchParams();
  const kind = (KINDS.find((k) => k.kind === params.get('kind'))?.kind ?? undefined) as InboxKind | undefined;
  const counts = useInboxCounts();
  const inbox = useInbox(kind);
  const markAll = useMarkInboxRead();
  const [confirmed, setConfirmed] = useState(false);
  const [outcome, setOutcome] = useState<(InboxOutcome & { place: ActedAt }) | null>(null);
  const items = inbox.data?.pages.flatMap((page) => page.items) ?? [];
  const keys = items.map((item) => item.id);
  const noticeAt = outcome ? noticePosition(outcome.place, keys) : null;
  const notice = outcome && (
    <InPlaceNotice focusKey={outcome}>
      {outcome.text}
      {outcome.link && (
        <>
          {' '}
          <Link to={outcome.link.to}>{outcome.link.label}</Link>
        </>
      )}
    </InPlaceNotice>
  );
  const unreadHere = counts.data ? counts.data[KINDS.find((k) => k.kind === kind)?.count ?? 'total'] : 0;

  function choose(next?: InboxKind) {
    setConfirmed(false);
    setOutcome(null);
    setParams(next ? { kind: next } : {}, { replace: true });
  }

  return (
    <div className="stack stack--tight">
      <div className="inbox-kinds" role="group" aria-label="Show">
        {KINDS.map((option) => {
          const count = counts.data?.[option.count] ?? 0;
          const active = option.kind === kind;
          return (
            <button
              key={option.label}
              type="button"
              className={`chip${active ? ' chip--active' : ''}`}
              aria-pressed={active}
              onClick={() => choose(option.kind)}
            >
              {option.label}
              {count > 0 && (
                <span className="chip__count" aria-label={`${count} unread`}>
                  {count > 99 ? '99+' : count}
                </span>
              )}
            </button>
          );
        })}
      </div>
      {unreadHere > 0 && (
        <div className="inbox-toolbar">
          <Button
            variant="ghost"
            size="sm"
            isLoading={markAll.isPending}
            onClick={() => markAll.mutate(kind, { onSuccess: () => setConfirmed(true) })}
          >
            Mark all {kind ? 'of these ' : ''}read
          </Button>
        </div>
      )}
      {confirmed && unreadHere === 0 && (
        <p className="notice" role="status">
          All caught up.
        </p>
      )}
      {markAll.isError && <ErrorBox error={markAll.error} />}
      {inbox.isPending ? (
        <LoadingBlock label="Loading your inbox…" />
      ) : inbox.isError && items.length === 0 ? (
        <ErrorBox title="Your inbox could not be loaded" error={inbox.error} onRetry={() => void inbox.refetch()} />
      ) : items.length === 0 ? (
        <>
          {notice}
          <EmptyState title={EMPTY_TEXT[kind ?? 'ALL']}>
            {kind ? 'Show all to see everything else.' : 'Messages, requests and introductions appear here as they arrive.'}
          </EmptyState>
        </>
      ) : (
        <>
          <ul className="inbox-list" aria-label="Inbox">
            {items.map((item, index) => (
              <Fragment key={item.id}>
                {noticeAt === index && <li className="inbox-item inbox-item--notice">{notice}</li>}
                <InboxRow
                  item={item}
                  renderActions={renderActions}
                  report={(said) => setOutcome({ ...said, place: actedAt(keys, index) })}
                />
              </Fragment>
            ))}
            {noticeAt === items.length && <li className="inbox-item inbox-item--notice">{notice}</li>}
          </ul>
          {inbox.isFetchNextPageError && <ErrorBox title="More could not be loaded" error={inbox.error} />}
          {inbox.hasNextPage && (
            <div className="list-footer">
              <Button variant="secondary" onClick={() => void inbox.fetchNextPage()} isLoading={inbox.isFetchingNextPage}>
                Load more
              </Button>
            </div>
          )}
        </>
      )}
    </div>
  );
}
