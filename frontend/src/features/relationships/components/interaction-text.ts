import { formatDay, timeAgo } from '@/lib/format';
import type { LastInteraction } from '../api/types';

const KIND_TEXT = {
  MESSAGE_SENT: 'you wrote to them',
  MESSAGE_RECEIVED: 'they wrote to you',
  NOTE: 'your note',
  COMMENT_GIVEN: 'you commented on their post',
  COMMENT_RECEIVED: 'they commented on your post',
  LIKE_GIVEN: 'you liked their post',
  LIKE_RECEIVED: 'they liked your post',
} as const;

/** "Last interaction: they wrote to you, 3d ago" or "No interaction yet". */
export function lastInteractionText(last?: LastInteraction | null): string {
  if (!last) return 'No interaction yet';
  const when = timeAgo(last.at);
  const ago = /^\d+[mhd]$/.test(when) ? `${when} ago` : when === 'just now' ? when : `on ${formatDay(last.at)}`;
  return `Last interaction: ${KIND_TEXT[last.kind]}, ${ago}`;
}
