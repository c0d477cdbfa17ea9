import type { ReactNode } from 'react';
import { Card } from '@/components/ui/card';
import { ErrorBox } from '@/components/ui/error-box';
import { LoadingBlock } from '@/components/ui/spinner';
import { formatDay } from '@/lib/format';
import { ApiError } from '@/lib/problem';
import { useContact } from '../api/get-contact';
import type { Contact } from '../api/types';
import { lastInteractionText } from './interaction-text';
import { StrengthBadge } from './strength';

type ContactPanelProps = {
  memberId: number;
  displayName: string;
  /** My notes on them, editable (from the notes feature). */
  notes: ReactNode;
  /** Our conversation (from the messages feature), given what the panel knows. */
  renderConversation: (contact: Contact) => ReactNode;
};

/**
 * On the profile of someone I follow or am connected to: everything that is mine about them —
 * how we met, since when, my tags, my notes, our conversation, introductions between us, and
 * the strength of the relationship. Nobody else ever sees it; for anyone else it is not there.
 */
export function ContactPanel({ memberId, displayName, notes, renderConversation }: ContactPanelProps) {
  const contact = useContact(memberId);
  const name = displayName.split(' ')[0];
  if (contact.isError && contact.error instanceof ApiError && contact.error.status === 404) return null;
  return (
    <Card title={`You and ${name}`} className="contact-panel">
      <p className="muted card__intro">Only you see this panel.</p>
      {contact.isPending ? (
        <LoadingBlock label="Loading what you know about them…" />
      ) : contact.isError ? (
        <ErrorBox title="This panel could not be loaded" error={contact.error} onRetry={() => void contact.refetch()} />
      ) : (
        <>
          <dl className="contact-facts">
            {contact.data.howWeMet && (
              <div className="contact-facts__row">
                <dt>How you met</dt>
                <dd>
                  {contact.data.howWeMet.text}
                  {contact.data.howWeMet.note && (
                    <blockquote className="contact-facts__quote prose">{contact.data.howWeMet.note}</blockquote>
                  )}
                </dd>
              </div>
            )}
            <div className="contact-facts__row">
              <dt>{contact.data.connected ? 'Connected since' : 'Relation'}</dt>
              <dd>
                {contact.data.connected && contact.data.connectedSince
                  ? formatDay(contact.data.connectedSince)
                  : contact.data.following
                    ? `You follow ${name}${contact.data.followsMe ? ', and they follow you' : ''}.`
                    : `${name} follows you.`}
              </dd>
            </div>
            <div className="contact-facts__row">
              <dt>Last interaction</dt>
              <dd>{lastInteractionText(contact.data.lastInteraction).replace(/^Last interaction: /, '')}</dd>
            </div>
            {contact.data.strength && (
              <div className="contact-facts__row">
                <dt>Strength</dt>
                <dd>
                  <StrengthBadge strength={contact.data.strength} name={displayName} />
                </dd>
              </div>
            )}
            <div className="contact-facts__row">
              <dt>Your tags</dt>
              <dd>
                {contact.data.tags.length === 0 ? (
                  <span className="muted">None yet.</span>
                ) : (
                  contact.data.tags.map((tag) => `#${tag.name}`).join(' ')
                )}
              </dd>
            </div>
          </dl>
          <section className="contact-section" aria-label="Your conversation">
            <h3 className="contact-section__title">Conversation</h3>
            {renderConversation(contact.data)}
          </section>
          {contact.data.introductions.length > 0 && (
            <section className="contact-section" aria-label="Introductions between you">
              <h3 className="contact-section__title">Introductions between you</h3>
              <ul className="contact-introductions">
                {contact.data.introductions.map((introduction) => (
                  <li key={introduction.id}>
                    {introduction.requester.displayName} → {introduction.target.displayName}
                    <span className="muted"> (via {introduction.broker.displayName})</span>: {introduction.statusText}
                  </li>
                ))}
              </ul>
            </section>
          )}
          <section className="contact-section" aria-label="Your notes">
            <h3 className="contact-section__title">Your notes</h3>
            {notes}
          </section>
        </>
      )}
    </Card>
  );
}
