import type { NetworkVisibility } from '../api/types';
import { firstName } from './policy-text';

/** The choices of the settings page, each with what it means. */
export const VISIBILITY_OPTIONS: { value: NetworkVisibility; label: string; explanation: string }[] = [
  {
    value: 'ONLY_ME',
    label: 'Only me',
    explanation: 'Nobody else can open your lists. Your counts still show on your profile.',
  },
  {
    value: 'CONNECTIONS',
    label: 'My connections',
    explanation: 'People you are connected with can open your lists. Everyone else sees the counts only.',
  },
  {
    value: 'MEMBERS',
    label: 'All members',
    explanation: 'Anyone signed in to Rapport can open your lists. People who are not signed in never can.',
  },
];

/** Why the counts on a member's profile open nothing for you, in one sentence. */
export function hiddenNetworkSentence(visibility: NetworkVisibility, displayName: string): string {
  const name = firstName(displayName);
  return visibility === 'ONLY_ME'
    ? `${name} keeps their connections and followers private.`
    : `${name} shows their connections and followers only to their connections.`;
}
