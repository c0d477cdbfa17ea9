import { useState, type ClipboardEvent, type DragEvent, type FormEvent } from 'react';
import { Button } from '@/components/ui/button';
import { Dialog } from '@/components/ui/dialog';
import { ErrorBox } from '@/components/ui/error-box';
import { Spinner } from '@/components/ui/spinner';
import { fieldErrors } from '@/lib/problem';
import { usePreviewInvitation } from '../api/preview-invitation';
import { useSendInvitation } from '../api/send-invitation';
import type { InvitationPolicy, SentInvitationStatus } from '../api/types';
import { useDebouncedValue } from '../hooks/use-debounced-value';
import { ScoreBadge, ScoreReasons } from './note-score';
import { firstName, policySentence } from './policy-text';

export const NOTE_LIMIT = 300;
const PREVIEW_DELAY_MS = 400;

type ConnectDialogProps = {
  recipient: { id: number; displayName: string; invitationPolicy: InvitationPolicy };
  onClose: () => void;
};

function outcomeText(status: SentInvitationStatus, name: string): string {
  switch (status) {
    case 'CONNECTED':
      return `You are now connected with ${name}.`;
    case 'FOLLOWING':
      return `You now follow ${name}.`;
    default:
      return `Request sent. ${name} will see your note and decide.`;
  }
}

/**
 * Writing a connection request: the recipient's policy first, then a note of at most 300
 * characters that must be typed (paste is refused, with the reason), scored live by the server.
 */
export function ConnectDialog({ recipient, onClose }: ConnectDialogProps) {
  const name = firstName(recipient.displayName);
  const [note, setNote] = useState('');
  const [pasteBlocked, setPasteBlocked] = useState(false);
  const draft = useDebouncedValue(note.trim(), PREVIEW_DELAY_MS);
  const preview = usePreviewInvitation(recipient.id, draft, draft.length > 0);
  const send = useSendInvitation();
  const server = fieldErrors(send.error, ['note'] as const);
  const noteRequired = recipient.invitationPolicy === 'NOTE_REQUIRED';

  function refusePaste(event: ClipboardEvent | DragEvent) {
    event.preventDefault();
    setPasteBlocked(true);
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    const text = note.trim();
    send.mutate({ recipientId: recipient.id, note: text ? text : null });
  }

  if (send.isSuccess) {
    return (
      <Dialog title={`Connect with ${recipient.displayName}`} onClose={onClose}>
        <p className="notice" role="status">
          {outcomeText(send.data.status, name)}
        </p>
        <div className="form__actions">
          <Button onClick={onClose} data-autofocus>
            Done
          </Button>
        </div>
      </Dialog>
    );
  }

  const counterId = 'connect-note-counter';
  const noteError = server.byField.note;
  return (
    <Dialog title={`Connect with ${recipient.displayName}`} onClose={onClose}>
      <form className="form connect" onSubmit={submit} noValidate aria-label="Connection request">
        <p className="connect__policy">{policySentence(recipient.invitationPolicy, recipient.displayName)}</p>
        <div className={`field${noteError ? ' field--invalid' : ''}`}>
          <label className="field__label" htmlFor="connect-note">
            Personal note{noteRequired ? '' : ' (optional)'}
          </label>
          <textarea
            id="connect-note"
            className="input input--multiline"
            rows={5}
            maxLength={NOTE_LIMIT}
            value={note}
            placeholder={`How do you know ${name}? What would you like to talk about?`}
            onChange={(event) => setNote(event.target.value)}
            onPaste={refusePaste}
            onDrop={refusePaste}
            aria-invalid={noteError ? true : undefined}
            aria-describedby={[counterId, pasteBlocked ? 'connect-paste' : '', noteError ? 'connect-note-error' : '']
              .filter(Boolean)
              .join(' ')}
          />
          <div className="connect__under">
            <span className="field__hint" id={counterId} aria-live="polite">
              {note.length} / {NOTE_LIMIT}
            </span>
          </div>
          {pasteBlocked && (
            <p className="connect__paste" id="connect-paste" role="status">
              Pasting is turned off here. Rapport asks you to write each note yourself: a few words about how you
              know {name} mean more than a copied template.
            </p>
          )}
          {noteError && (
            <p className="field__error" id="connect-note-error">
              {noteError}
            </p>
          )}
        </div>

        <section className="connect__preview" aria-label="Personalization preview" aria-live="polite">
          {draft.length === 0 ? (
            <p className="muted">
              As you write, Rapport scores how personal your note is — the score {name} will see with your request.
            </p>
          ) : preview.isError ? (
            <ErrorBox error={preview.error} />
          ) : preview.data ? (
            <>
              <p className="connect__score">
                <ScoreBadge verdict={preview.data.verdict} score={preview.data.score} />
                {preview.isFetching && <Spinner size="sm" label="" />}
              </p>
              <ScoreReasons reasons={preview.data.reasons} />
            </>
          ) : (
            <p className="muted connect__score">
              <Spinner size="sm" label="" /> Scoring your note…
            </p>
          )}
        </section>

        {send.isError && (
          <ErrorBox title="Your request was not sent" error={send.error}>
            {server.other.length > 0 && <p>{server.other.join(' ')}</p>}
          </ErrorBox>
        )}
        <div className="form__actions">
          <Button variant="secondary" onClick={onClose} disabled={send.isPending}>
            Cancel
          </Button>
          <Button type="submit" isLoading={send.isPending}>
            Send request
          </Button>
        </div>
      </form>
    </Dialog>
  );
}
