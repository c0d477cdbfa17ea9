import { act, renderHook } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { FakeEventSource, installFakeEventSource } from '@/testing/fake-event-source';
import { useEventStream, type StreamEvent } from './event-stream';

describe('useEventStream', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    installFakeEventSource();
  });
  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllGlobals();
  });

  function setUp(url: string | null = '/api/me/events') {
    const events: StreamEvent[] = [];
    const onReconnect = vi.fn();
    const hook = renderHook((props: { url: string | null }) =>
      useEventStream({ url: props.url, eventTypes: ['message.created'], onEvent: (e) => events.push(e), onReconnect }),
      { initialProps: { url } },
    );
    return { events, onReconnect, hook };
  }

  it('delivers named events with their parsed data and id', () => {
    const { events, hook } = setUp();
    const source = FakeEventSource.latest();
    expect(source.url).toBe('/api/me/events');
    act(() => source.open());
    expect(hook.result.current).toBe('open');

    act(() => source.emit('message.created', { conversationId: 4 }, '17'));
    expect(events).toEqual([{ type: 'message.created', id: '17', data: { conversationId: 4 } }]);
  });

  it('opens a new stream after the browser gives up, with the last id, and asks for a catch-up', () => {
    const { events, onReconnect, hook } = setUp();
    const first = FakeEventSource.latest();
    act(() => first.open());
    act(() => first.emit('message.created', { n: 1 }, '41'));

    act(() => first.drop({ retrying: false }));
    expect(hook.result.current).toBe('reconnecting');
    expect(FakeEventSource.instances).toHaveLength(1);

    act(() => vi.advanceTimersByTime(1_000));
    const second = FakeEventSource.latest();
    expect(FakeEventSource.instances).toHaveLength(2);
    expect(second.url).toBe('/api/me/events?lastEventId=41');
    expect(onReconnect).not.toHaveBeenCalled();

    act(() => second.open());
    expect(onReconnect).toHaveBeenCalledTimes(1);
    expect(hook.result.current).toBe('open');
    act(() => second.emit('message.created', { n: 2 }, '42'));
    expect(events.map((e) => e.id)).toEqual(['41', '42']);
  });

  it('waits longer after each failed attempt, and starts again at once when back online', () => {
    setUp();
    act(() => FakeEventSource.latest().drop({ retrying: false }));
    act(() => vi.advanceTimersByTime(1_000));
    expect(FakeEventSource.instances).toHaveLength(2);

    act(() => FakeEventSource.latest().drop({ retrying: false }));
    act(() => vi.advanceTimersByTime(1_000));
    expect(FakeEventSource.instances).toHaveLength(2);
    act(() => vi.advanceTimersByTime(1_000));
    expect(FakeEventSource.instances).toHaveLength(3);

    act(() => FakeEventSource.latest().drop({ retrying: false }));
    act(() => window.dispatchEvent(new Event('online')));
    expect(FakeEventSource.instances).toHaveLength(4);
  });

  it('leaves the retry to the browser while it is still trying, and still reports the catch-up', () => {
    const { onReconnect, hook } = setUp();
    const source = FakeEventSource.latest();
    act(() => source.open());
    act(() => source.drop({ retrying: true }));
    expect(hook.result.current).toBe('reconnecting');
    act(() => vi.advanceTimersByTime(60_000));
    expect(FakeEventSource.instances).toHaveLength(1);
    act(() => source.open());
    expect(onReconnect).toHaveBeenCalledTimes(1);
  });

  it('stays closed without a url and closes the stream when the url goes away', () => {
    const { hook } = setUp(null);
    expect(FakeEventSource.instances).toHaveLength(0);
    expect(hook.result.current).toBe('closed');

    hook.rerender({ url: '/api/me/events' });
    const source = FakeEventSource.latest();
    hook.rerender({ url: null });
    expect(source.readyState).toBe(FakeEventSource.CLOSED);
    expect(hook.result.current).toBe('closed');
  });
});
