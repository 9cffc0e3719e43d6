import type { z } from 'zod';

export interface RuleProblem {
  readonly field: string;
  readonly message: string;
}

/** The first rule `value` breaks, with its field path under `prefix` (e.g. `goals[3].monthlyValues[0]`), or undefined. */
export function firstProblem(rule: z.ZodType, value: unknown, prefix: string): RuleProblem | undefined {
  const result = rule.safeParse(value);
  if (result.success) return undefined;
  const issue = result.error.issues[0]!;
  const path = issue.path.map((part) => (typeof part === 'number' ? `[${part}]` : `.${String(part)}`)).join('');
  return { field: `${prefix}${path}`.replace(/^\./, ''), message: issue.message };
}
