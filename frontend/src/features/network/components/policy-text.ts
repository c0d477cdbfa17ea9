import type { InvitationPolicy } from '../api/types';
import { formatDay } from '@/lib/format';

/** The first word of a display name, for sentences like "Grace asks for a note". */
export function firstName(displayName: string): string {
  return displayName.trim().split(/\s+/)[0] || displayName;
}

/** One sentence telling a visitor how this member receives connection requests. */
export function policySentence(policy: InvitationPolicy, displayName: string): string {
  const name = firstName(displayName);
  switch (policy) {
    case 'OPEN':
      return `${name} is an open networker: every connection request is accepted at once.`;
    case 'FOLLOW_ONLY':
      return `${name} accepts followers only, not connection requests. Follow to see their posts.`;
    default:
      return `${name} asks for a personal note with every connection request.`;
  }
}

/** The options of the settings page, each with its one-line explanation. */
export const POLICY_OPTIONS: { value: InvitationPolicy; label: string; explanation: string }[] = [
  {
    value: 'OPEN',
    label: 'Open',
    explanation: 'Every connection request is accepted at once, note or not.',
  },
  {
    value: 'NOTE_REQUIRED',
    label: 'Note required',
    explanation: 'Requests without a personal note are refused; the sender is invited to follow you instead.',
  },
  {
    value: 'FOLLOW_ONLY',
    label: 'Follow only',
    explanation: 'Nobody can send you a connection request; everybody can still follow you.',
  },
];

/** "You can invite Dana again on Mar 4, 2027.": said instead of Connect while a cool-down runs. */
export function coolDownSentence(displayName: string, canInviteAgainAt: string): string {
  return `You can invite ${firstName(displayName)} again on ${formatDay(canInviteAgainAt)}. Until then you can follow them.`;
}

/** The confirmation before withdrawing: the cool-down it starts, with its end date. */
export function withdrawSentence(displayName: string, coolDownDays: number, now: number = Date.now()): string {
  const until = new Date(now + coolDownDays * 24 * 60 * 60 * 1000).toISOString();
  return `Withdraw your request to ${firstName(displayName)}? You will not be able to invite ${firstName(displayName)} again for ${coolDownDays} days, until ${formatDay(until)}.`;
}
