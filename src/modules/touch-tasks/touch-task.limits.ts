/** The most items one batch mutation of this module takes (see graphql/batch-limit.ts for how they are sized). */
export const TOUCH_TASK_LIMITS = {
  touchTasksSubmit: 10_000,
} as const;
