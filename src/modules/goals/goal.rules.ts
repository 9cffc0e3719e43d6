import { z } from 'zod';
import { providerYear, type WireAssessType, type WireOperateType } from '../../providers/lingxing/wire.js';
import { AssessType, GoalWriteMode } from './goal.types.js';

/** LingXing accepts last year, this year and next year only. */
export function yearProblem(year: number, now: number): string | undefined {
  const current = providerYear(now);
  if (year < current - 1 || year > current + 1) {
    return `year must be ${current - 1}, ${current} or ${current + 1} (LingXing accepts last, this and next year); got ${year}.`;
  }
  return undefined;
}

export const uidRule = z.number().int().positive('uid must be a positive integer.');

export const goalRule = z.object({
  uid: uidRule,
  monthlyValues: z
    // GraphQL's Float is always finite, so only the sign needs a rule.
    .array(z.number().nonnegative('monthly values must be ≥ 0.'))
    .length(12, 'monthlyValues must hold exactly 12 values, January to December.'),
});

export const wireAssessType = (type: AssessType): WireAssessType => (type === AssessType.SALES_AMOUNT ? 1 : 2);
export const assessTypeFromWire = (type: number): AssessType => (type === 1 ? AssessType.SALES_AMOUNT : AssessType.SALES_VOLUME);
export const wireOperateType = (mode: GoalWriteMode): WireOperateType => (mode === GoalWriteMode.OVERWRITE ? 1 : 2);
