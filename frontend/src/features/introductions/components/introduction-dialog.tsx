import { useId, useState, type FormEvent } from 'react';
import { Avatar } from '@/components/ui/avatar';
import { Button } from '@/components/ui/button';
import { Dialog } from '@/components/ui/dialog';
import { ErrorBox } from '@/components/ui/error-box';
import { useErrorFocus } from '@/components/ui/error-focus';
import { LoadingBlock } from '@/components/ui/spinner';
import { fieldErrors } from '@/lib/problem';
import { useIntroducers } from '../api/list-introducers';
import { INTRODUCTION_MESSAGE_LIMIT } from '../api/query-keys';
import { useRequestIntroduction } from '../api/request-introduction';
import type { IntroducerList } from '../api/types';

type IntroductionDialogProps = {
  target: { handle: string; displayName: string };
  onClose: () => void;
};

function firstName(name: string) {
  return name.split(' ')[0] ?? name;
}

const UNAVAILABLE: Record<NonNullable<IntroducerList['unavailableReason']>, (name: string) => string> = {
  SELF: () => 'You cannot ask to be introduced to yourself.',
  ALREADY_CONNECTED: (name) => `You are already connected with ${name}.`,
  ALREADY_FOLLOWING: (name) => `${name} takes no connection requests and you already follow them.`,
  NOT_SECOND_DEGREE: (name) => `Nobody you are connected with is connected with ${name}, so nobody can introduce you.`,
  INTRODUCTION_PENDING: (name) => `Your introduction to ${name} is already waiting for an answer.`,
};

/**
 * "Ask for an introduction": the mutual connections who could introduce me, likeliest first with
 * their reasons; I choose one and write why I would like to meet the member.
 */
export function IntroductionDialog({ target, onClose }: IntroductionDialogProps) {
  const introducers = useIntroducers(target.handle);
  const request = useRequestIntroduction();
  const [brokerId, setBrokerId] = useState<number | null>(null);
  const [message, setMessage] = useState('');
  const id = useId();
  const name = firstName(target.displayName);
  const server = fieldErrors(request.error, ['message', 'brokerId'] as const);
  const formRef = useErrorFocus(request.error);
  const title = `Ask for an introduction to ${target.displayName}`;

  if (request.isSuccess) {
    const broker = request.data.broker.displayName;
    return (
      <Dialog title={title} onClose={onClose}>
        <p className="notice" role="status">
          Your request went to {broker}. If {firstName(broker)} passes it on and {name} accepts, you will find your
          conversation with {name} in your inbox.
        </p>
        <div className="form__actions">
          <Button onClick={onClose} data-autofocus>
            Done
          </Button>
        </div>
      </Dialog>
    );
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    if (!introducers.data || brokerId === null || !message.trim()) return;
    request.mutate({ brokerId, targetId: introducers.data.target.id, message: message.trim() });
  }

  return (
    <Dialog title={title} onClose={onClose}>
      {introducers.isPending ? (
        <LoadingBlock label="Finding who could introduce you…" />
      ) : introducers.isError ? (
        <ErrorBox error={introducers.error} onRetry={() => void introducers.refetch()} />
      ) : !introducers.data.canRequest ? (
        <>
          <p className="notice">
            {introducers.data.unavailableReason
              ? UNAVAILABLE[introducers.data.unavailableReason](name)
              : `You cannot ask for an introduction to ${name} now.`}
          </p>
          <div className="form__actions">
            <Button variant="secondary" onClick={onClose} data-autofocus>
              Close
            </Button>
          </div>
        </>
      ) : (
        <form ref={formRef} className="form" onSubmit={submit} noValidate aria-label="Introduction request">
          {introducers.data.followOnly && (
            <p className="notice">{name} takes no connection requests: if they accept, you will follow them.</p>
          )}
          <fieldset className="fieldset">
            <legend className="field__label">Who should introduce you?</legend>
            <p className="field__hint">Your mutual connections, likeliest to land first. Only the one you choose is asked.</p>
            <ul className="introducers">
              {introducers.data.items.map((introducer) => (
                <li key={introducer.broker.id}>
                  <label
                    className={`introducer${brokerId === introducer.broker.id ? ' introducer--chosen' : ''}`}
                  >
                    <input
                      type="radio"
                      name={`${id}-broker`}
                      value={introducer.broker.id}
                      checked={brokerId === introducer.broker.id}
                      onChange={() => setBrokerId(introducer.broker.id)}
                    />
                    <Avatar name={introducer.broker.displayName} seed={introducer.broker.handle} size="sm" />
                    <span className="introducer__text">
                      <span className="introducer__name">
                        {introducer.broker.displayName}
                        <span className="introducer__likelihood">
                          {introducer.likelihood}
                          <span className="visually-hidden"> out of 100 likely</span>
                          <span aria-hidden="true">%</span>
                        </span>
                      </span>
                      <span className="introducer__reasons">
                        {introducer.reasons.map((reason) => (
                          <span
                            key={reason.code}
                            className={`introducer__reason${reason.negative ? ' introducer__reason--minus' : ''}`}
                          >
                            {reason.negative ? '− ' : '+ '}
                            {reason.explanation}
                          </span>
                        ))}
                      </span>
                    </span>
                  </label>
                </li>
              ))}
            </ul>
          </fieldset>
          <div className={`field${server.byField.message ? ' field--invalid' : ''}`}>
            <label className="field__label" htmlFor={`${id}-message`}>
              Your message to {brokerId ? firstName(introducers.data.items.find((i) => i.broker.id === brokerId)?.broker.displayName ?? 'them') : 'your introducer'}
            </label>
            <textarea
              id={`${id}-message`}
              className="input input--multiline"
              rows={4}
              maxLength={INTRODUCTION_MESSAGE_LIMIT}
              value={message}
              placeholder={`Why would you like to meet ${name}?`}
              onChange={(event) => setMessage(event.target.value)}
              aria-invalid={server.byField.message ? true : undefined}
              aria-describedby={server.byField.message ? `${id}-message-error` : `${id}-message-hint`}
            />
            <p className="field__hint" id={`${id}-message-hint`}>
              {message.length} / {INTRODUCTION_MESSAGE_LIMIT}. Your introducer decides whether {name} reads it.
            </p>
            {server.byField.message && (
              <p className="field__error" id={`${id}-message-error`}>
                {server.byField.message}
              </p>
            )}
          </div>
          {request.isError && !server.byField.message && (
            <ErrorBox title="Your request was not sent" error={request.error}>
              {server.other.length > 0 && <p>{server.other.join(' ')}</p>}
            </ErrorBox>
          )}
          <div className="form__actions">
            <Button variant="secondary" onClick={onClose} disabled={request.isPending}>
              Cancel
            </Button>
            <Button type="submit" isLoading={request.isPending} disabled={brokerId === null || !message.trim()}>
              Ask for the introduction
            </Button>
          </div>
        </form>
      )}
    </Dialog>
  );
}
