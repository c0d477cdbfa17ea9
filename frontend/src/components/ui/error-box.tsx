import type { ReactNode } from 'react';
import { errorMessage } from '@/lib/problem';
import { Button } from './button';

type ErrorBoxProps = {
  title?: string;
  /** An error (its problem `detail` is shown) or a sentence. */
  error?: unknown;
  children?: ReactNode;
  onRetry?: () => void;
};

/** An alert for a failed load or action, showing the problem's detail and an optional retry. */
export function ErrorBox({ title, error, children, onRetry }: ErrorBoxProps) {
  const message = typeof error === 'string' ? error : error !== undefined ? errorMessage(error) : null;
  return (
    <div className="error-box" role="alert">
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
