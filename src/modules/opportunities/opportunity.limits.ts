/** The most items one batch mutation of this module takes (see graphql/batch-limit.ts for how they are sized). */
export const OPPORTUNITY_LIMITS = {
  opportunitiesUpdate: 1_000,
} as const;
