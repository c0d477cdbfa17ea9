import { useEffect, useRef } from 'react';

/** Fields a form marks as wrong (TextField and friends set `aria-invalid` from their `error`). */
const INVALID_FIELD = '[aria-invalid="true"]:not([disabled])';
/** An error box (or any alert made focusable) the member can be taken to. */
const FOCUSABLE_ALERT = '[role="alert"][tabindex="-1"]';

/** The part of the page an error belongs to: its form, else its dialog, else what holds it. */
export function errorScope(element: Element): Element | null {
  return element.closest('form') ?? element.closest('[role="dialog"]') ?? element.parentElement;
}

/**
 * Takes the member to what an error is about: the first field marked invalid in `scope` (for a
 * validation problem, the field its `errors[].field` named, once the form has mapped it), else
 * `fallback` (the error box itself), else the first focusable alert in `scope`. Returns whether
 * something took the focus.
 */
export function focusError(scope: Element | null, fallback?: HTMLElement | null): boolean {
  const target =
    scope?.querySelector<HTMLElement>(INVALID_FIELD) ?? fallback ?? scope?.querySelector<HTMLElement>(FOCUSABLE_ALERT);
  if (!target) return false;
  target.focus();
  return document.activeElement === target;
}

/**
 * For a form that shows some errors only at their field (no error box then): whenever `error`
 * becomes a new value (a failed submit, the fields a check found empty), the focus goes to the
 * first field at fault, else to the form's error box. Put the returned ref on the form.
 * Pass null/undefined/false while there is no error.
 */
export function useErrorFocus<T extends HTMLElement = HTMLFormElement>(error: unknown) {
  const ref = useRef<T>(null);
  useEffect(() => {
    if (error === null || error === undefined || error === false) return;
    focusError(ref.current);
  }, [error]);
  return ref;
}
