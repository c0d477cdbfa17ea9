import { useEffect, type RefObject } from 'react';

/**
 * Closes an open menu or popover on Escape (focus goes back to the button that opened it) and
 * on a click outside it, the way every menu of the app behaves.
 */
export function useDismiss(
  open: boolean,
  close: () => void,
  container: RefObject<HTMLElement | null>,
  trigger?: RefObject<HTMLElement | null>,
) {
  useEffect(() => {
    if (!open) return;
    function onKey(event: KeyboardEvent) {
      if (event.key !== 'Escape') return;
      event.stopPropagation();
      close();
      trigger?.current?.focus();
    }
    function onPointer(event: MouseEvent) {
      if (!container.current?.contains(event.target as Node)) close();
    }
    document.addEventListener('keydown', onKey);
    document.addEventListener('mousedown', onPointer);
    return () => {
      document.removeEventListener('keydown', onKey);
      document.removeEventListener('mousedown', onPointer);
    };
  }, [open, close, container, trigger]);
}
