/** The most items one batch mutation of this module takes (see graphql/batch-limit.ts for how they are sized). */
export const GOAL_LIMITS = {
  goalsUpsert: 10_000,
  goalsDelete: 10_000,
} as const;

/** The uids one `goals` read may filter by (one provider call serves them all). */
export const MAX_UIDS_PER_READ = 10_000;
