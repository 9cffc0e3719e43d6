/** The most items one batch mutation of this module takes (see graphql/batch-limit.ts for how they are sized). */
export const ACCOUNTING_RULE_LIMITS = {
  accountingRulesSync: 10_000,
} as const;
