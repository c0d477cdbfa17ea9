import { useId, useState, type FormEvent } from 'react';
import { Button } from '@/components/ui/button';
import { ErrorBox } from '@/components/ui/error-box';
import { useErrorFocus } from '@/components/ui/error-focus';
import { LoadingBlock } from '@/components/ui/spinner';
import { fieldErrors } from '@/lib/problem';
import { useDeclineIntroduction } from '../api/decline-introduction';
import { useForwardIntroduction } from '../api/forward-introduction';
import { useIntroduction } from '../api/get-introduction';
import { INTRODUCTION_MESSAGE_LIMIT } from '../api/query-keys';
import type { Introduction } from '../api/types';

function firstName(name: string) {
  return name.split(' ')[0] ?? name;
}

function ForwardForm({ introduction, onDone }: { introduction: Introduction; onDone: (decided: Introduction) => void }) {
  const [note, setNote] = useState('');
  const [includeMessage, setIncludeMessage] = useState(false);
  const forward = useForwardIntroduction();
  const decline = useDeclineIntroduction();
  const id = useId();
  const requester = firstName(introduction.requester.displayName);
  const target = firstName(introduction.target.displayName);
  const server = fieldErrors(forward.error, ['note'] as const);
  const failed = forward.isError ? forward.error : decline.isError ? decline.error : null;
  const formRef = useErrorFocus(failed);

  function submit(event: FormEvent) {
    event.preventDefault();
    if (!note.trim()) return;
    void forward.mutateAsync({ introductionId: introduction.id, note: note.trim(), includeMessage }).then(onDone, () => undefined);
  }

  return (
    <form ref={formRef} className="form form--inset" onSubmit={submit} aria-label={`Introduce ${requester} to ${target}`} noValidate>
      <div className={`field${server.byField.note ? ' field--invalid' : ''}`}>
        <label className="field__label" htmlFor={`${id}-note`}>
          Your note to {introduction.target.displayName}
        </label>
        <textarea
          id={`${id}-note`}
          className="input input--multiline"
          rows={3}
          maxLength={INTRODUCTION_MESSAGE_LIMIT}
          value={note}
          placeholder={`${target}, meet ${requester}: …`}
          onChange={(event) => setNote(event.target.value)}
          aria-invalid={server.byField.note ? true : undefined}
          aria-describedby={server.byField.note ? `${id}-error` : `${id}-hint`}
        />
        <p className="field__hint" id={`${id}-hint`}>
          If {target} accepts, your note opens their conversation with {requester}.
        </p>
        {server.byField.note && (
          <p className="field__error" id={`${id}-error`}>
            {server.byField.note}
          </p>
        )}
      </div>
      <label className="checkbox">
        <input type="checkbox" checked={includeMessage} onChange={(event) => setIncludeMessage(event.target.checked)} />
        <span>
          Let {target} read {requester}'s message to you
        </span>
      </label>
      {failed && !server.byField.note && <ErrorBox error={failed} />}
      <div className="form__actions">
        <Button
          variant="secondary"
          size="sm"
          isLoading={decline.isPending}
          disabled={forward.isPending}
          onClick={() => void decline.mutateAsync(introduction.id).then(onDone, () => undefined)}
        >
          Decline
        </Button>
        <Button type="submit" size="sm" isLoading={forward.isPending} disabled={!note.trim() || decline.isPending}>
          Forward to {target}
        </Button>
      </div>
      <p className="muted form__footnote">
        If you decline, {requester} is told kindly that the introduction did not happen — never by whom.
      </p>
    </form>
  );
}

/** The broker's part of an introduction: who asks to meet whom and why, then forward with a note or decline. */
export function BrokerView({
  introductionId,
  onDone = () => undefined,
}: {
  introductionId: number;
  /** Called with the introduction once decided (it may leave the list it is shown in). */
  onDone?: (introduction: Introduction) => void;
}) {
  const introduction = useIntroduction(introductionId);
  if (introduction.isPending) return <LoadingBlock label="Loading the introduction…" />;
  if (introduction.isError) return <ErrorBox error={introduction.error} onRetry={() => void introduction.refetch()} />;
  const intro = introduction.data;
  return (
    <div className="introduction">
      <p className="introduction__summary">
        <strong>{intro.requester.displayName}</strong> asks you to introduce them to{' '}
        <strong>{intro.target.displayName}</strong>
        {intro.followOnly ? ' (who takes no connection requests: accepting would let them follow)' : ''}.
      </p>
      {intro.message && <blockquote className="introduction__message prose">{intro.message}</blockquote>}
      {intro.status === 'REQUESTED' ? (
        <ForwardForm introduction={intro} onDone={onDone} />
      ) : (
        <p className="introduction__status" role="status">
          {intro.statusText}
        </p>
      )}
    </div>
  );
}
