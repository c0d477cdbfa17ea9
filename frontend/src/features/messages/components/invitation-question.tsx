import { useReplyToInvitation } from '../api/reply-to-invitation';
import { MessageComposer } from './message-composer';

/**
 * Writing to the sender of a pending request before deciding ("how do we know each other?"):
 * the request stays pending and the reply opens a conversation with them.
 */
export function InvitationQuestion({
  invitationId,
  name,
  onDone,
}: {
  invitationId: number;
  name: string;
  onDone: () => void;
}) {
  const reply = useReplyToInvitation();
  return (
    <div className="stack stack--tight">
      <p className="muted">
        Ask {name.split(' ')[0]} something before you decide. The request stays pending; you can still accept or make
        them a follower afterwards.
      </p>
      <MessageComposer
        label={`Ask ${name} before deciding`}
        placeholder="How do we know each other?"
        rows={2}
        onSend={(text) => reply.mutateAsync({ invitationId, text }).then(onDone)}
        isSending={reply.isPending}
        error={reply.error}
        submitLabel="Send question"
        onCancel={onDone}
        autoFocus
      />
    </div>
  );
}
