/** Query keys of the account feature: every session change invalidates `sessions`. */
export const accountKeys = {
  sessions: ['account', 'sessions'] as const,
};
