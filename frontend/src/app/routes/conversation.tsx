import { Link, useParams } from 'react-router';
import { ConversationView } from '@/features/messages/components/conversation-view';
import { NotFoundRoute } from './not-found';

/** /messages/:conversationId: one conversation. */
export function ConversationRoute() {
  const { conversationId = '' } = useParams();
  const id = Number(conversationId);
  if (!Number.isInteger(id) || id <= 0) return <NotFoundRoute />;
  return (
    <div className="stack">
      <title>Conversation · Rapport</title>
      <Link to="/inbox" className="back-link">
        ← Inbox
      </Link>
      <ConversationView conversationId={id} />
    </div>
  );
}
