import { act, renderHook } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { FakeEventSource, installFakeEventSource } from '@/testing/fake-event-source';
import { useEventStream, type StreamEvent } from './event-stream';

/** Lets the promise of `resolveUrl` settle inside act(). */
async function settle() {
  await act(async () => {
    await Promise.resolve();
    await Promise.resolve();
  });
}

describe('useEventStream', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    installFakeEventSource();
  });
  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllGlobals();
  });

  function setUp(enabled = true) {
    const events: StreamEvent[] = [];
    const onReconnect = vi.fn();
    let ticket = 0;
    const resolveUrl = vi.fn(async (lastEventId: string | null) =>
      `/api/me/events?ticket=t${++ticket}${lastEventId ? `&lastEventId=${lastEventId}` : ''}`,
    );
    const hook = renderHook(
      (props: { enabled: boolean }) =>
        useEventStream({
          enabled: props.enabled,
          resolveUrl,
          eventTypes: ['message', 'inbox'],
          onEvent: (event) => events.push(event),
          onReconnect,
        }),
      { initialProps: { enabled } },
    );
    return { events, onReconnect, resolveUrl, hook };
  }

  it('opens the stream with a fresh URL and delivers named events with their parsed data and id', async () => {
    const { events, hook } = setUp();
    await settle();
    const source = FakeEventSource.latest();
    expect(source.url).toBe('/api/me/events?ticket=t1');
    act(() => source.open());
    expect(hook.result.current).toBe('open');

    act(() => source.emit('inbox', { kind: 'CONVERSATION', removed: false }, '17'));
    expect(events).toEqual([{ type: 'inbox', id: '17', data: { kind: 'CONVERSATION', removed: false } }]);
  });

  it('after a drop opens a new stream with a new URL carrying the last id, and asks for a catch-up', async () => {
    const { events, onReconnect, hook, resolveUrl } = setUp();
    await settle();
    const first = FakeEventSource.latest();
    act(() => first.open());
    act(() => first.emit('message', { conversationId: 4 }, '41'));

    act(() => first.drop());
    expect(first.readyState).toBe(FakeEventSource.CLOSED);
    expect(hook.result.current).toBe('reconnecting');

    act(() => vi.advanceTimersByTime(1_000));
    await settle();
    expect(resolveUrl).toHaveBeenLastCalledWith('41');
    const second = FakeEventSource.latest();
    expect(second.url).toBe('/api/me/events?ticket=t2&lastEventId=41');
    expect(onReconnect).not.toHaveBeenCalled();

    act(() => second.open());
    expect(onReconnect).toHaveBeenCalledTimes(1);
    expect(hook.result.current).toBe('open');
    act(() => second.emit('message', { conversationId: 4 }, '42'));
    expect(events.map((event) => event.id)).toEqual(['41', '42']);
  });

  it('waits longer after each failed attempt, starts again at once when back online, and resets once open', async () => {
    const { resolveUrl } = setUp();
    await settle();
    act(() => FakeEventSource.latest().drop());
    act(() => vi.advanceTimersByTime(1_000));
    await settle();
    expect(FakeEventSource.instances).toHaveLength(2);

    act(() => FakeEventSource.latest().drop());
    act(() => vi.advanceTimersByTime(1_000));
    await settle();
    expect(FakeEventSource.instances).toHaveLength(2);
    act(() => vi.advanceTimersByTime(1_000));
    await settle();
    expect(FakeEventSource.instances).toHaveLength(3);

    act(() => FakeEventSource.latest().drop());
    act(() => window.dispatchEvent(new Event('online')));
    await settle();
    expect(FakeEventSource.instances).toHaveLength(4);

    act(() => FakeEventSource.latest().open());
    act(() => FakeEventSource.latest().drop());
    act(() => vi.advanceTimersByTime(1_000));
    await settle();
    expect(FakeEventSource.instances).toHaveLength(5);
    expect(resolveUrl).toHaveBeenCalledTimes(5);
  });

  it('retries when the URL cannot be resolved (no ticket while offline)', async () => {
    const { resolveUrl } = setUp();
    resolveUrl.mockRejectedValueOnce(new Error('offline')).mockRejectedValueOnce(new Error('offline'));
    await settle();
    act(() => FakeEventSource.latest().drop());
    act(() => vi.advanceTimersByTime(1_000));
    await settle();
    expect(FakeEventSource.instances).toHaveLength(1);
    act(() => vi.advanceTimersByTime(2_000));
    await settle();
    expect(FakeEventSource.instances).toHaveLength(1);
    act(() => vi.advanceTimersByTime(4_000));
    await settle();
    expect(FakeEventSource.instances).toHaveLength(2);
  });

  it('stays closed while disabled and closes the stream when disabled', async () => {
    const { hook } = setUp(false);
    await settle();
    expect(FakeEventSource.instances).toHaveLength(0);
    expect(hook.result.current).toBe('closed');

    hook.rerender({ enabled: true });
    await settle();
    const source = FakeEventSource.latest();
    hook.rerender({ enabled: false });
    expect(source.readyState).toBe(FakeEventSource.CLOSED);
    expect(hook.result.current).toBe('closed');
  });
});
