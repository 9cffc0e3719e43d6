import type { RuleProblem } from '../../core/validation.js';

/** LingXing accepts last year, this year and next year only (`current` in its calendar). */
export function yearProblem(year: number, current: number): string | undefined {
  if (year < current - 1 || year > current + 1) {
    return `year must be ${current - 1}, ${current} or ${current + 1} (LingXing accepts last, this and next year); got ${year}.`;
  }
  return undefined;
}

/**
 * A LingXing user id: GraphQL's Int is already an integer, so only its sign needs a rule. The
 * problem's field is the item itself ('').
 */
export function uidProblem(uid: number): RuleProblem | undefined {
  return uid > 0 ? undefined : { field: '', message: 'uid must be a positive integer.' };
}

/**
 * A goal's own rules, with fields relative to the goal (`monthlyValues[4]`), so a valid goal costs
 * no path text. Written by hand, not in zod: they run for every goal of a 10,000-goal batch, where
 * zod's parse (which copies the goal and its 12 values) cost about 2 µs a goal.
 */
export function goalProblem(goal: { readonly uid: number; readonly monthlyValues: readonly number[] }): RuleProblem | undefined {
  const uid = uidProblem(goal.uid);
  if (uid) return { ...uid, field: 'uid' };
  const values = goal.monthlyValues;
  if (values.length !== 12) return { field: 'monthlyValues', message: 'monthlyValues must hold exactly 12 values, January to December.' };
  // GraphQL's Float is always finite, so only the sign needs a rule.
  for (let month = 0; month < 12; month++) {
    if (!(values[month]! >= 0)) return { field: `monthlyValues[${month}]`, message: 'monthly values must be ≥ 0.' };
  }
  return undefined;
}
