import { useId, useState, type FormEvent, type KeyboardEvent } from 'react';
import { Button } from '@/components/ui/button';
import { ErrorBox } from '@/components/ui/error-box';
import { useErrorFocus } from '@/components/ui/error-focus';
import { fieldErrors } from '@/lib/problem';
import { MESSAGE_LIMIT } from '../api/query-keys';

type MessageComposerProps = {
  label: string;
  /** Sends the text; the composer empties itself when the promise resolves. */
  onSend: (text: string) => Promise<unknown>;
  isSending: boolean;
  error: unknown;
  submitLabel?: string;
  placeholder?: string;
  rows?: number;
  onCancel?: () => void;
  autoFocus?: boolean;
};

/** A message box: Send (or Ctrl/⌘+Enter) sends the trimmed text, then the box empties for the next one. */
export function MessageComposer({
  label,
  onSend,
  isSending,
  error,
  submitLabel = 'Send',
  placeholder,
  rows = 3,
  onCancel,
  autoFocus,
}: MessageComposerProps) {
  const [text, setText] = useState('');
  const id = useId();
  const server = fieldErrors(error, ['text'] as const);
  const formRef = useErrorFocus(error);
  const trimmed = text.trim();

  function send() {
    if (!trimmed || isSending) return;
    onSend(trimmed).then(
      () => setText(''),
      () => undefined,
    );
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    send();
  }

  function onKeyDown(event: KeyboardEvent<HTMLTextAreaElement>) {
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      send();
    }
  }

  return (
    <form ref={formRef} className="composer" onSubmit={submit} aria-label={label} noValidate>
      <label className="visually-hidden" htmlFor={`${id}-text`}>
        {label}
      </label>
      <textarea
        id={`${id}-text`}
        className="input input--multiline composer__input"
        rows={rows}
        maxLength={MESSAGE_LIMIT}
        value={text}
        placeholder={placeholder}
        onChange={(event) => setText(event.target.value)}
        onKeyDown={onKeyDown}
        aria-invalid={server.byField.text ? true : undefined}
        aria-describedby={server.byField.text ? `${id}-error` : undefined}
        autoFocus={autoFocus}
      />
      {server.byField.text && (
        <p className="field__error" id={`${id}-error`}>
          {server.byField.text}
        </p>
      )}
      {error !== null && error !== undefined && !server.byField.text && <ErrorBox title="Not sent" error={error} />}
      <div className="composer__actions">
        {text.length > MESSAGE_LIMIT - 500 && (
          <span className="field__hint">
            {text.length} / {MESSAGE_LIMIT}
          </span>
        )}
        {onCancel && (
          <Button variant="secondary" size="sm" onClick={onCancel} disabled={isSending}>
            Cancel
          </Button>
        )}
        <Button type="submit" size="sm" isLoading={isSending} disabled={!trimmed}>
          {submitLabel}
        </Button>
      </div>
    </form>
  );
}
