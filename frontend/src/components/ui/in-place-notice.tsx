import { useEffect, useRef, type Key, type ReactNode } from 'react';

/**
 * Where the member acted on an item of a list that may leave it once the action is done (a
 * decided request, a reviewed connection): its position then, and the key of the item that
 * followed it, which stays the better anchor when newer items push the list down.
 */
export type ActedAt = { index: number; nextKey?: Key | null };

/** Where an item stood in `keys` when it was acted on: its position and the key after it. */
export function actedAt(keys: readonly Key[], index: number): ActedAt {
  return { index, nextKey: keys[index + 1] ?? null };
}

/**
 * The position in `keys` before which the notice about an action goes: before the item that
 * followed the acted one if it is still listed, else where the acted one was (the end, at most).
 */
export function noticePosition(place: ActedAt, keys: readonly Key[]): number {
  if (place.nextKey != null) {
    const next = keys.indexOf(place.nextKey);
    // The acted item is still there (its list has not refetched yet): the notice follows it.
    if (next >= 0) return next;
  }
  return Math.min(Math.max(place.index, 0), keys.length);
}

type InPlaceNoticeProps = {
  children: ReactNode;
  /** A new value (e.g. the outcome object) takes the focus again; by default only on appearing. */
  focusKey?: unknown;
  className?: string;
};

/**
 * What an action did, said where the member acted rather than at the top of the page. It takes
 * the focus when it appears, so a keyboard or screen-reader user hears it and carries on from
 * there instead of being thrown back to the top.
 */
export function InPlaceNotice({ children, focusKey, className = 'notice' }: InPlaceNoticeProps) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    ref.current?.focus();
  }, [focusKey]);
  return (
    <div ref={ref} tabIndex={-1} className={`in-place-notice ${className}`} role="status">
      {children}
    </div>
  );
}
