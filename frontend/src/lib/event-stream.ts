import { useEffect, useRef, useState } from 'react';

/** One server-sent event as the app sees it: its name, its id (for catching up) and its JSON data. */
export type StreamEvent = { type: string; id: string | null; data: unknown };

export type StreamStatus = 'connecting' | 'open' | 'reconnecting' | 'closed';

type EventStreamOptions = {
  /** The stream's URL without catch-up parameters; null keeps it closed (e.g. nobody signed in). */
  url: string | null;
  /** The event names to listen for (besides unnamed `message` events). */
  eventTypes: readonly string[];
  onEvent: (event: StreamEvent) => void;
  /** Called when the stream opens again after a drop: whatever was missed may need a refetch. */
  onReconnect?: () => void;
  /** Name of the query parameter that carries the last event id to a fresh connection. */
  lastEventIdParam?: string;
};

const FIRST_RETRY_MS = 1_000;
const MAX_RETRY_MS = 30_000;

function parse(data: string): unknown {
  try {
    return JSON.parse(data);
  } catch {
    return data;
  }
}

function withParam(url: string, name: string, value: string): string {
  const separator = url.includes('?') ? '&' : '?';
  return `${url}${separator}${encodeURIComponent(name)}=${encodeURIComponent(value)}`;
}

/**
 * Holds an `EventSource` open while `url` is set and hands every event to `onEvent`.
 *
 * The browser retries a dropped stream by itself (sending `Last-Event-ID`), but gives up for good
 * when the server answers with an error or closes the stream with a non-200 status. This hook then
 * opens a new `EventSource` after a growing delay (1 s, 2 s, 4 s … 30 s, or at once when the
 * browser comes back online), passing the last id it saw as a query parameter, since a new
 * `EventSource` cannot set that header. Every open after the first calls `onReconnect`, so the
 * caller can refetch what an event might have been lost for.
 */
export function useEventStream({ url, eventTypes, onEvent, onReconnect, lastEventIdParam = 'lastEventId' }: EventStreamOptions) {
  const [status, setStatus] = useState<StreamStatus>(url ? 'connecting' : 'closed');
  const handlers = useRef({ onEvent, onReconnect });
  handlers.current = { onEvent, onReconnect };
  const typesKey = eventTypes.join(',');

  useEffect(() => {
    if (!url || typeof EventSource === 'undefined') {
      setStatus('closed');
      return;
    }
    const types = typesKey ? typesKey.split(',') : [];
    let source: EventSource | null = null;
    let retryTimer: ReturnType<typeof setTimeout> | null = null;
    let retryDelay = FIRST_RETRY_MS;
    let lastEventId: string | null = null;
    let everOpened = false;
    let stopped = false;

    const deliver = (type: string) => (message: MessageEvent) => {
      if (message.lastEventId) lastEventId = message.lastEventId;
      handlers.current.onEvent({ type, id: message.lastEventId || null, data: parse(String(message.data)) });
    };

    function open() {
      if (stopped) return;
      retryTimer = null;
      const target = lastEventId && lastEventIdParam ? withParam(url!, lastEventIdParam, lastEventId) : url!;
      const current = new EventSource(target);
      source = current;
      current.onopen = () => {
        retryDelay = FIRST_RETRY_MS;
        setStatus('open');
        if (everOpened) handlers.current.onReconnect?.();
        everOpened = true;
      };
      current.onerror = () => {
        if (stopped || source !== current) return;
        if (current.readyState === EventSource.CLOSED) {
          // The browser gave up on this one: try again ourselves, a little later each time.
          current.close();
          source = null;
          scheduleRetry(retryDelay);
          retryDelay = Math.min(retryDelay * 2, MAX_RETRY_MS);
        }
        setStatus('reconnecting');
      };
      current.onmessage = deliver('message');
      for (const type of types) current.addEventListener(type, deliver(type) as EventListener);
    }

    function scheduleRetry(delay: number) {
      if (retryTimer !== null || stopped) return;
      retryTimer = setTimeout(open, delay);
    }

    function onOnline() {
      if (source === null && retryTimer !== null) {
        clearTimeout(retryTimer);
        retryTimer = null;
        open();
      }
    }

    setStatus('connecting');
    open();
    window.addEventListener('online', onOnline);
    return () => {
      stopped = true;
      window.removeEventListener('online', onOnline);
      if (retryTimer !== null) clearTimeout(retryTimer);
      source?.close();
      source = null;
    };
  }, [url, typesKey, lastEventIdParam]);

  return status;
}
