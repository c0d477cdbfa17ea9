import { useState } from 'react';
import { Link } from 'react-router';
import { Button } from '@/components/ui/button';
import { useStartConversation } from '../api/start-conversation';
import { MessageComposer } from './message-composer';

type ContactConversationProps = {
  member: { id: number; displayName: string };
  conversation?: { id: number; lastMessagePreview?: string | null; lastMessageFromMe?: boolean | null; unreadCount: number } | null;
  /** Whether you may start writing (you are connected). */
  canStart: boolean;
};

/** "Our conversation" on a contact panel: its latest message and a link, or a first message to write. */
export function ContactConversation({ member, conversation, canStart }: ContactConversationProps) {
  const [writing, setWriting] = useState(false);
  const start = useStartConversation();
  const name = member.displayName.split(' ')[0];
  if (conversation) {
    return (
      <div className="contact-conversation">
        {conversation.lastMessagePreview && (
          <p className="contact-conversation__preview">
            <span className="muted">{conversation.lastMessageFromMe ? 'You: ' : `${name}: `}</span>
            {conversation.lastMessagePreview}
          </p>
        )}
        <Link to={`/messages/${conversation.id}`}>
          Open the conversation{conversation.unreadCount > 0 ? ` (${conversation.unreadCount} unread)` : ''}
        </Link>
      </div>
    );
  }
  if (!canStart) return <p className="muted">No conversation between you.</p>;
  if (!writing) {
    return (
      <p className="muted">
        No conversation yet.{' '}
        <Button variant="ghost" size="sm" onClick={() => setWriting(true)}>
          Write to {name}
        </Button>
      </p>
    );
  }
  return (
    <MessageComposer
      label={`Write to ${member.displayName}`}
      placeholder={`Write to ${name}…`}
      onSend={(text) => start.mutateAsync({ recipientId: member.id, text }).then(() => setWriting(false))}
      isSending={start.isPending}
      error={start.error}
      onCancel={() => setWriting(false)}
      autoFocus
    />
  );
}
