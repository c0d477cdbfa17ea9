import { networkRootKey } from '@/lib/graph-cache';

/** Query keys of the guided start; suggestions sit under the network root so every graph change refreshes them. */
export const onboardingKeys = {
  progress: ['onboarding', 'progress'] as const,
  suggestions: [...networkRootKey, 'follow-suggestions'] as const,
};
