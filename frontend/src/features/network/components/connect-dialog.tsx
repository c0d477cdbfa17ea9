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
import { EvidenceHighlight, ScoreBadge, ScoreReasons } from './note-score';
import { coolDownSentence, firstName, policySentence } from './policy-text';

export const NOTE_LIMIT = 300;
const PREVIEW_DELAY_MS = 400;

type ConnectDialogProps = {
  recipient: {
    id: number;
    displayName: string;
    invitationPolicy: InvitationPolicy;
    canInviteAgainAt?: string | null;
  };
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
 * characters that must be typed (paste is refused, with the reason), scored live by the server
 * with the words behind each reason highlighted. A note over the limit is never cut: the
 * counter says by how much, and Send waits. A generic note to someone who asks for a personal
 * one is flagged before sending. While a cool-down runs, the dialog says when instead of asking.
 */
export function ConnectDialog({ recipient, onClose }: ConnectDialogProps) {
  const name = firstName(recipient.displayName);
  const [note, setNote] = useState('');
  const [pasteBlocked, setPasteBlocked] = useState(false);
  const trimmed = note.trim();
  const over = trimmed.length - NOTE_LIMIT;
  const draft = useDebouncedValue(trimmed, PREVIEW_DELAY_MS);
  const preview = usePreviewInvitation(recipient.id, draft, draft.length > 0 && draft.length <= NOTE_LIMIT);
  // Scoring is in progress from the first keystroke until the score of exactly this text is back.
  const scoring = trimmed.length > 0 && over <= 0 && (trimmed !== draft || preview.isFetching || !preview.data);
  const scored = preview.data && !preview.isPlaceholderData && draft === trimmed ? preview.data : null;
  const nudge = scored?.nudge ?? null;
  const send = useSendInvitation();
  const server = fieldErrors(send.error, ['note'] as const);
  const noteRequired = recipient.invitationPolicy === 'NOTE_REQUIRED';

  function refusePaste(event: ClipboardEvent | DragEvent) {
    event.preventDefault();
    setPasteBlocked(true);
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    if (over > 0) return;
    const text = note.trim();
    send.mutate({ recipientId: recipient.id, note: text ? text : null });
  }

  if (recipient.canInviteAgainAt && new Date(recipient.canInviteAgainAt).getTime() > Date.now()) {
    return (
      <Dialog title={`Connect with ${recipient.displayName}`} onClose={onClose}>
        <p className="notice" role="status">
          {coolDownSentence(recipient.displayName, recipient.canInviteAgainAt)}
        </p>
        <div className="form__actions">
          <Button onClick={onClose} data-autofocus>
            Close
          </Button>
        </div>
      </Dialog>
    );
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
            value={note}
            placeholder={`How do you know ${name}? What would you like to talk about?`}
            onChange={(event) => setNote(event.target.value)}
            onPaste={refusePaste}
            onDrop={refusePaste}
            aria-invalid={noteError || over > 0 ? true : undefined}
            aria-describedby={[counterId, pasteBlocked ? 'connect-paste' : '', noteError ? 'connect-note-error' : '']
              .filter(Boolean)
              .join(' ')}
          />
          <div className="connect__under">
            <span className={`field__hint${over > 0 ? ' connect__over' : ''}`} id={counterId} aria-live="polite">
              {over > 0
                ? `${trimmed.length} / ${NOTE_LIMIT}: ${over} character${over === 1 ? '' : 's'} over the limit. Shorten the note to send it; nothing is cut for you.`
                : `${trimmed.length} / ${NOTE_LIMIT}`}
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
          {trimmed.length === 0 ? (
            <p className="muted">
              As you write, Rapport scores how personal your note is — the score {name} will see with your request.
            </p>
          ) : over > 0 ? (
            <p className="muted">The note is scored again once it fits in {NOTE_LIMIT} characters.</p>
          ) : preview.isError ? (
            <ErrorBox error={preview.error} takeFocus={false} />
          ) : preview.data ? (
            <>
              <p className="connect__score">
                <ScoreBadge verdict={preview.data.verdict} score={preview.data.score} />
                {scoring && (
                  <span className="connect__scoring" role="status">
                    <Spinner size="sm" label="" /> Scoring your latest words…
                  </span>
                )}
              </p>
              <ScoreReasons reasons={preview.data.reasons} />
              {scored && <EvidenceHighlight text={draft} reasons={scored.reasons} />}
            </>
          ) : (
            <p className="muted connect__score" role="status">
              <Spinner size="sm" label="" /> Scoring your note…
            </p>
          )}
          {nudge && (
            <p className="connect__nudge" role="alert">
              {nudge}
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
          <Button type="submit" isLoading={send.isPending} disabled={over > 0}>
            {nudge ? 'Send anyway' : 'Send request'}
          </Button>
        </div>
      </form>
    </Dialog>
  );
}
