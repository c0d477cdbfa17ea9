import { useQuery } from '@tanstack/react-query';
import type { components } from '@/api/schema';
import { api, unwrap } from '@/lib/api-client';
import { onboardingKeys } from './query-keys';

export type Onboarding = components['schemas']['OnboardingResponse'];

/** `GET /api/me/onboarding`: profile strength and the next step of the guided start. */
export function useOnboarding() {
  return useQuery({
    queryKey: onboardingKeys.progress,
    queryFn: () => unwrap(api.GET('/api/me/onboarding')),
  });
}
