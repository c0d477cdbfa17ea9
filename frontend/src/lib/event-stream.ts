import { useEffect, useRef, useState } from 'react';

/** One server-sent event as the app sees it: its name, its id (for catching up) and its JSON data. */
export type StreamEvent = { type: string; id: string | null; data: unknown };

export type StreamStatus = 'connecting' | 'open' | 'reconnecting' | 'closed';

type EventStreamOptions = {
  /** Keeps the stream open while true (e.g. while someone is signed in). */
  enabled: boolean;
  /**
   * The URL of a fresh stream, resolved before every connection (e.g. with a one-time ticket);
   * `lastEventId` is the id of the last event received, null before the first one.
   */
  resolveUrl: (lastEventId: string | null) => Promise<string>;
  /** The event names to listen for (besides unnamed `message` events). */
  eventTypes: readonly string[];
  onEvent: (event: StreamEvent) => void;
  /** Called when a stream opens again after a drop: whatever it missed may need a refetch. */
  onReconnect?: () => void;
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

/**
 * Holds an `EventSource` open while `enabled` and hands every event to `onEvent`.
 *
 * After any error the hook closes the stream and opens a new one itself, with a URL resolved
 * afresh (a one-time ticket cannot serve the browser's own retry) that carries the last event
 * id seen, so the server replays what was missed. It waits 1 s, then twice as long after each
 * failed attempt (at most 30 s), or reconnects at once when the browser comes back online.
 * Every open after the first calls `onReconnect`, so the caller can refetch what the server
 * could not replay.
 */
export function useEventStream({ enabled, resolveUrl, eventTypes, onEvent, onReconnect }: EventStreamOptions) {
  const [status, setStatus] = useState<StreamStatus>(enabled ? 'connecting' : 'closed');
  const handlers = useRef({ resolveUrl, onEvent, onReconnect });
  handlers.current = { resolveUrl, onEvent, onReconnect };
  const typesKey = eventTypes.join(',');

  useEffect(() => {
    if (!enabled || typeof EventSource === 'undefined') {
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
    let attempt = 0;

    const deliver = (type: string) => (message: MessageEvent) => {
      if (message.lastEventId) lastEventId = message.lastEventId;
      handlers.current.onEvent({ type, id: message.lastEventId || null, data: parse(String(message.data)) });
    };

    function retryLater() {
      if (stopped || retryTimer !== null) return;
      setStatus('reconnecting');
      retryTimer = setTimeout(() => {
        retryTimer = null;
        void connect();
      }, retryDelay);
      retryDelay = Math.min(retryDelay * 2, MAX_RETRY_MS);
    }

    async function connect() {
      const mine = ++attempt;
      let url: string;
      try {
        url = await handlers.current.resolveUrl(lastEventId);
      } catch {
        if (mine === attempt) retryLater();
        return;
      }
      if (stopped || mine !== attempt) return;
      const current = new EventSource(url);
      source = current;
      current.onopen = () => {
        retryDelay = FIRST_RETRY_MS;
        setStatus('open');
        if (everOpened) handlers.current.onReconnect?.();
        everOpened = true;
      };
      current.onerror = () => {
        if (stopped || source !== current) return;
        current.close();
        source = null;
        retryLater();
      };
      current.onmessage = deliver('message');
      for (const type of types) current.addEventListener(type, deliver(type) as EventListener);
    }

    function onOnline() {
      if (source === null && retryTimer !== null) {
        clearTimeout(retryTimer);
        retryTimer = null;
        void connect();
      }
    }

    setStatus('connecting');
    void connect();
    window.addEventListener('online', onOnline);
    return () => {
      stopped = true;
      window.removeEventListener('online', onOnline);
      if (retryTimer !== null) clearTimeout(retryTimer);
      source?.close();
      source = null;
    };
  }, [enabled, typesKey]);

  return status;
}
