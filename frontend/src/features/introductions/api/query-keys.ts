import { introductionsRootKey } from '@/lib/live-cache';
import type { IntroductionRole } from './types';

/** Query keys of introductions; any change to one invalidates `all`. */
export const introductionKeys = {
  all: introductionsRootKey,
  introducers: (handle: string) => [...introductionsRootKey, 'introducers', handle.toLowerCase()] as const,
  detail: (id: number) => [...introductionsRootKey, 'detail', id] as const,
  list: (role: IntroductionRole, pending: boolean) => [...introductionsRootKey, 'list', role, pending] as const,
};

export const INTRODUCTION_MESSAGE_LIMIT = 1000;
