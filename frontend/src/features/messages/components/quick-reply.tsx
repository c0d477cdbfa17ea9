import { useSendMessage } from '../api/send-message';
import { MessageComposer } from './message-composer';

/** Replying to a conversation right where it is listed (the inbox), without opening it. */
export function QuickReply({ conversationId, name, onDone }: { conversationId: number; name: string; onDone: () => void }) {
  const send = useSendMessage(conversationId);
  return (
    <MessageComposer
      label={`Reply to ${name}`}
      placeholder={`Reply to ${name.split(' ')[0]}…`}
      rows={2}
      onSend={(text) => send.mutateAsync(text).then(onDone)}
      isSending={send.isPending}
      error={send.error}
      onCancel={onDone}
      autoFocus
    />
  );
}
