import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { anInboxItem, aSummary, someCounts } from '@/testing/data';
import { fakeApi, json, problem } from '@/testing/fake-api';
import { renderWithProviders, signIn } from '@/testing/render';
import { InboxList } from './inbox-list';

const grace = aSummary({ id: 2, handle: 'grace', displayName: 'Grace Hopper' });
const alan = aSummary({ id: 3, handle: 'alan', displayName: 'Alan Turing' });

describe('InboxList', () => {
  it('shows every kind with its unread count and each item with what it is', async () => {
    signIn();
    fakeApi()
      .on('GET /api/inbox/counts', json(200, someCounts({ conversation: 2, connectionRequest: 1 })))
      .on(
        'GET /api/inbox',
        json(200, {
          items: [
            anInboxItem({ id: 1, actor: grace, unreadCount: 2 }),
            anInboxItem({ id: 2, kind: 'CONNECTION_REQUEST', referenceId: 9, actor: alan, preview: 'We met at PLDI', score: 80, verdict: 'PERSONAL' }),
            anInboxItem({ id: 3, kind: 'OUTCOME', outcome: 'INTRODUCED', actor: grace, unread: false, unreadCount: 0, preview: null }),
          ],
        }),
      );
    renderWithProviders(<InboxList renderActions={(item) => <span>actions for {item.id}</span>} />);

    const kinds = screen.getByRole('group', { name: 'Show' });
    expect(await within(kinds).findByLabelText('3 unread')).toBeInTheDocument();
    expect(within(kinds).getByRole('button', { name: /Messages/ })).toHaveTextContent('2');
    expect(within(kinds).getByRole('button', { name: /^All/ })).toHaveAttribute('aria-pressed', 'true');

    const list = await screen.findByRole('list', { name: 'Inbox' });
    const [conversation, request, outcome] = within(list).getAllByRole('listitem');
    expect(conversation).toHaveTextContent('2 new');
    expect(within(conversation).getByRole('link', { name: 'Are you free on Thursday?' })).toHaveAttribute('href', '/messages/40');
    expect(request).toHaveTextContent('Alan asks to connect');
    expect(request).toHaveTextContent('We met at PLDI');
    expect(request).toHaveTextContent('actions for 2');
    expect(outcome).toHaveTextContent('You were introduced to Grace');
    expect(outcome).not.toHaveTextContent('New');
  });

  it('narrows to one kind through the query and says when it is empty', async () => {
    signIn();
    const api = fakeApi()
      .on('GET /api/inbox/counts', json(200, someCounts()))
      .on('GET /api/inbox', ({ url }) =>
        json(200, { items: url.searchParams.get('kind') ? [] : [anInboxItem({ actor: grace })] }),
      );
    const { user } = renderWithProviders(<InboxList renderActions={() => null} />);

    await screen.findByRole('list', { name: 'Inbox' });
    await user.click(screen.getByRole('button', { name: 'Asked to introduce' }));
    expect(await screen.findByText('Nobody has asked you for an introduction.')).toBeInTheDocument();
    expect(api.callsTo('GET /api/inbox').at(-1)!.url.searchParams.get('kind')).toBe('INTRODUCTION_AS_BROKER');
  });

  it('marks everything read and an outcome read one by one', async () => {
    signIn();
    let counts = someCounts({ outcome: 1 });
    const api = fakeApi()
      .on('GET /api/inbox/counts', () => json(200, counts))
      .on('GET /api/inbox', json(200, { items: [anInboxItem({ id: 8, kind: 'OUTCOME', outcome: 'ACCEPTED', actor: grace })] }))
      .on('POST /api/inbox/{itemId}/read', () => json(200, anInboxItem({ id: 8, unread: false })))
      .on('POST /api/inbox/read', () => {
        counts = someCounts();
        return json(200, counts);
      });
    const { user } = renderWithProviders(<InboxList renderActions={() => null} />);

    const item = await screen.findByText('Grace accepted your connection request');
    expect(item).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Mark read' }));
    expect(api.callsTo('POST /api/inbox/8/read')).toHaveLength(1);

    await user.click(screen.getByRole('button', { name: 'Mark all read' }));
    expect(await screen.findByText('All caught up.')).toBeInTheDocument();
    expect(api.callsTo('POST /api/inbox/read')[0].body).toEqual({});
  });

  it('shows an error with a retry when the inbox fails', async () => {
    signIn();
    fakeApi()
      .on('GET /api/inbox/counts', json(200, someCounts()))
      .on('GET /api/inbox', problem(503, { code: 'UNAVAILABLE', title: 'Unavailable', detail: 'Resting.' }));
    renderWithProviders(<InboxList renderActions={() => null} />);
    expect(await screen.findByRole('alert')).toHaveTextContent('Resting.');
    expect(screen.getByRole('button', { name: 'Try again' })).toBeInTheDocument();
  });
});
