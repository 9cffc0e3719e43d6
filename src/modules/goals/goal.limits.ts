/** The most items one batch mutation of this module takes (see graphql/batch-limit.ts for how they are sized). */
export const GOAL_LIMITS = {
  goalsUpsert: 10_000,
  goalsDelete: 10_000,
} as const;
