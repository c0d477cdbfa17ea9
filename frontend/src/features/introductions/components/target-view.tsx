import { Link } from 'react-router';
import { Button } from '@/components/ui/button';
import { ErrorBox } from '@/components/ui/error-box';
import { LoadingBlock } from '@/components/ui/spinner';
import { useAcceptIntroduction } from '../api/accept-introduction';
import { useDeclineIntroduction } from '../api/decline-introduction';
import { useIntroduction } from '../api/get-introduction';
import type { Introduction } from '../api/types';

function firstName(name: string) {
  return name.split(' ')[0] ?? name;
}

/** The target's part of an introduction: the broker's note (and the request, if shared), then accept or decline. */
export function TargetView({
  introductionId,
  onDone = () => undefined,
}: {
  introductionId: number;
  /** Called with the introduction once decided (it may leave the list it is shown in). */
  onDone?: (introduction: Introduction) => void;
}) {
  const introduction = useIntroduction(introductionId);
  const accept = useAcceptIntroduction();
  const decline = useDeclineIntroduction();
  if (introduction.isPending) return <LoadingBlock label="Loading the introduction…" />;
  if (introduction.isError) return <ErrorBox error={introduction.error} onRetry={() => void introduction.refetch()} />;
  const intro = introduction.data;
  const requester = firstName(intro.requester.displayName);
  const failed = accept.isError ? accept.error : decline.isError ? decline.error : null;
  return (
    <div className="introduction">
      <p className="introduction__summary">
        <strong>{intro.broker.displayName}</strong> introduces you to <strong>{intro.requester.displayName}</strong>.
      </p>
      {intro.brokerNote && (
        <blockquote className="introduction__message prose">
          <span className="introduction__quote-label">{firstName(intro.broker.displayName)}'s note</span>
          {intro.brokerNote}
        </blockquote>
      )}
      {intro.message && (
        <blockquote className="introduction__message prose">
          <span className="introduction__quote-label">{requester}'s message</span>
          {intro.message}
        </blockquote>
      )}
      {intro.status === 'FORWARDED' ? (
        <>
          <p className="muted">
            {intro.followOnly
              ? `Accepting lets ${requester} follow you (you take no connection requests).`
              : `Accepting connects you with ${requester} at once, and opens a conversation with the note above.`}
          </p>
          {failed && <ErrorBox error={failed} />}
          <div className="form__actions form__actions--start">
            <Button
              size="sm"
              isLoading={accept.isPending}
              disabled={decline.isPending}
              onClick={() => void accept.mutateAsync(intro.id).then(onDone, () => undefined)}
            >
              Accept introduction
            </Button>
            <Button
              variant="secondary"
              size="sm"
              isLoading={decline.isPending}
              disabled={accept.isPending}
              onClick={() => void decline.mutateAsync(intro.id).then(onDone, () => undefined)}
            >
              Decline
            </Button>
          </div>
        </>
      ) : (
        <p className="introduction__status" role="status">
          {intro.statusText}
          {intro.status === 'ACCEPTED' && intro.conversationId != null && (
            <>
              {' '}
              <Link to={`/messages/${intro.conversationId}`}>Open your conversation with {requester}</Link>
            </>
          )}
        </p>
      )}
    </div>
  );
}
