import { useId, useState, type FormEvent } from 'react';
import { Button } from '@/components/ui/button';
import { ErrorBox } from '@/components/ui/error-box';
import { useErrorFocus } from '@/components/ui/error-focus';
import { fieldErrors } from '@/lib/problem';
import { useAcceptInvitation } from '../api/accept-invitation';
import { firstName } from './policy-text';

const REPLY_LIMIT = 8000;

type AcceptReplyFormProps = {
  invitationId: number;
  senderName: string;
  onAccepted: (withReply: boolean) => void;
  onCancel: () => void;
};

/**
 * Accepting a request, with an optional personal reply: the reply opens the conversation with
 * the new connection in the same step (members who keep real networks always write one).
 */
export function AcceptReplyForm({ invitationId, senderName, onAccepted, onCancel }: AcceptReplyFormProps) {
  const [reply, setReply] = useState('');
  const accept = useAcceptInvitation();
  const id = useId();
  const name = firstName(senderName);
  const text = reply.trim();
  const server = fieldErrors(accept.error, ['message'] as const);
  const formRef = useErrorFocus(accept.error);

  function submit(event: FormEvent) {
    event.preventDefault();
    // mutateAsync: the request leaves the list (unmounting this form) before a per-call callback would run.
    accept.mutateAsync({ invitationId, message: text || undefined }).then(
      () => onAccepted(text.length > 0),
      () => undefined,
    );
  }

  return (
    <form ref={formRef} className="form form--inset accept-reply" onSubmit={submit} aria-label={`Accept ${senderName}`} noValidate>
      <div className={`field${server.byField.message ? ' field--invalid' : ''}`}>
        <label className="field__label" htmlFor={`${id}-reply`}>
          A personal reply to {name} (optional)
        </label>
        <textarea
          id={`${id}-reply`}
          className="input input--multiline"
          rows={3}
          maxLength={REPLY_LIMIT}
          value={reply}
          placeholder={`Glad to connect, ${name}! …`}
          onChange={(event) => setReply(event.target.value)}
          aria-invalid={server.byField.message ? true : undefined}
          aria-describedby={server.byField.message ? `${id}-error` : `${id}-hint`}
        />
        <p className="field__hint" id={`${id}-hint`}>
          It opens your conversation with {name}, who sees it with your acceptance.
        </p>
        {server.byField.message && (
          <p className="field__error" id={`${id}-error`}>
            {server.byField.message}
          </p>
        )}
      </div>
      {accept.isError && !server.byField.message && <ErrorBox title="The request was not accepted" error={accept.error} />}
      <div className="form__actions">
        <Button variant="secondary" size="sm" onClick={onCancel} disabled={accept.isPending}>
          Cancel
        </Button>
        <Button type="submit" size="sm" isLoading={accept.isPending}>
          {text ? 'Accept and send reply' : 'Accept without a reply'}
        </Button>
      </div>
    </form>
  );
}
