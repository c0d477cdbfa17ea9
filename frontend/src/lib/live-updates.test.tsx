import { act, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { aMe, anInboxItem, someCounts } from '@/testing/data';
import { FakeEventSource, installFakeEventSource } from '@/testing/fake-event-source';
import { fakeApi, json } from '@/testing/fake-api';
import { renderApp, signIn } from '@/testing/render';

describe('live updates', () => {
  beforeEach(() => {
    installFakeEventSource();
  });
  afterEach(() => vi.unstubAllGlobals());

  function nav() {
    return screen.getByRole('navigation', { name: 'Main' });
  }

  it('updates the unread badge and the open inbox from the event stream, without a reload', async () => {
    signIn();
    let items = [anInboxItem({ id: 1, preview: 'First message', unread: false, unreadCount: 0 })];
    let tickets = 0;
    const api = fakeApi()
      .on('GET /api/me', json(200, aMe()))
      .on('POST /api/me/event-tickets', () => json(201, { ticket: `t${++tickets}`, expiresAt: '2030-01-01T00:00:00Z' }))
      .on('GET /api/inbox/counts', json(200, someCounts()))
      .on('GET /api/inbox', () => json(200, { items }))
      .on('GET /api/me/search', json(200, { items: [] }));
    renderApp('/inbox');

    expect(await screen.findByText('First message')).toBeInTheDocument();
    await waitFor(() => expect(FakeEventSource.instances.length).toBe(1));
    const stream = FakeEventSource.latest();
    expect(stream.url).toBe('/api/me/events?ticket=t1');
    act(() => stream.open());
    expect(within(nav()).queryByLabelText(/unread/)).not.toBeInTheDocument();

    items = [anInboxItem({ id: 2, preview: 'A brand new message', unreadCount: 1 }), ...items];
    act(() =>
      stream.emit(
        'inbox',
        { kind: 'CONVERSATION', itemId: 2, referenceId: 40, removed: false, unreadCounts: someCounts({ conversation: 1 }) },
        '7',
      ),
    );
    expect(await within(nav()).findByLabelText('1 unread')).toHaveTextContent('1');
    expect(await screen.findByText('A brand new message')).toBeInTheDocument();
    expect(api.callsTo('GET /api/inbox/counts')).toHaveLength(1);
  });

  it('after a drop gets a new ticket, resumes after the last event and refetches', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    signIn();
    let tickets = 0;
    let total = 0;
    const api = fakeApi()
      .on('GET /api/me', json(200, aMe()))
      .on('POST /api/me/event-tickets', () => json(201, { ticket: `t${++tickets}`, expiresAt: '2030-01-01T00:00:00Z' }))
      .on('GET /api/inbox/counts', () => json(200, someCounts({ outcome: total })))
      .on('GET /api/inbox', json(200, { items: [] }))
      .on('GET /api/me/search', json(200, { items: [] }));
    renderApp('/inbox');

    await waitFor(() => expect(FakeEventSource.instances.length).toBe(1));
    const first = FakeEventSource.latest();
    act(() => first.open());
    act(() => first.emit('message', { conversationId: 40, messageId: 9, senderId: 2 }, '12'));
    act(() => first.drop());

    total = 3;
    await act(async () => {
      await vi.advanceTimersByTimeAsync(1_100);
    });
    await waitFor(() => expect(FakeEventSource.instances.length).toBe(2));
    const second = FakeEventSource.latest();
    expect(second.url).toBe('/api/me/events?ticket=t2&lastEventId=12');
    act(() => second.open());
    expect(await within(nav()).findByLabelText('3 unread')).toBeInTheDocument();
    expect(api.callsTo('GET /api/inbox/counts').length).toBeGreaterThanOrEqual(2);
    vi.useRealTimers();
  });
});
