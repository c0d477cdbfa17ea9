import { useEffect, useRef, type ReactNode } from 'react';
import { errorMessage } from '@/lib/problem';
import { Button } from './button';
import { errorScope, focusError } from './error-focus';

type ErrorBoxProps = {
  title?: string;
  /** An error (its problem `detail` is shown) or a sentence. */
  error?: unknown;
  children?: ReactNode;
  onRetry?: () => void;
  /**
   * Whether the focus moves here when the box appears (or shows a new error): to the field at
   * fault when its form marked one invalid, else to the box. By default a failed action (no
   * retry) takes it, so the member hears what went wrong where they acted; a failed load (with
   * "Try again") does not, and neither should an error that appears while the member types.
   */
  takeFocus?: boolean;
};

/** An alert for a failed load or action, showing the problem's detail and an optional retry. */
export function ErrorBox({ title, error, children, onRetry, takeFocus = onRetry === undefined }: ErrorBoxProps) {
  const ref = useRef<HTMLDivElement>(null);
  const message = typeof error === 'string' ? error : error !== undefined ? errorMessage(error) : null;
  useEffect(() => {
    const box = ref.current;
    if (takeFocus && box) focusError(errorScope(box), box);
  }, [takeFocus, error, title]);
  return (
    <div ref={ref} className="error-box" role="alert" tabIndex={-1}>
      {title && <p className="error-box__title">{title}</p>}
      {message && <p className="error-box__detail">{message}</p>}
      {children}
      {onRetry && (
        <Button variant="secondary" size="sm" onClick={onRetry}>
          Try again
        </Button>
      )}
    </div>
  );
}
