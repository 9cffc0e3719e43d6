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
  return { field: fieldPath(issue.path, prefix), message: issue.message };
}

/** A field path as item errors name it: `goals[3].monthlyValues[0]`, from its parts under `prefix`. */
export function fieldPath(parts: readonly PropertyKey[], prefix = ''): string {
  const path = parts.map((part) => (typeof part === 'number' ? `[${part}]` : `.${String(part)}`)).join('');
  return `${prefix}${path}`.replace(/^\./, '');
}
