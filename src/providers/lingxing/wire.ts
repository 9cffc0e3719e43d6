import { parseGmt8 } from '../../core/gmt8.js';
import { parseProviderTime } from '../../core/provider-time.js';
import { UnreadableField } from '../../core/unreadable-field.js';
import { z } from 'zod';

/** LingXing's wire format: requests as sent, answers as parsed. Names are the provider's. */

export const PATHS = {
  accessToken: '/api/auth-server/oauth/access-token',
  refreshToken: '/api/auth-server/oauth/refresh',
  batchOperate: '/bd/goal/management/open/user/batchOperate',
  batchSelect: '/bd/goal/management/open/user/batchSelect',
  batchDelete: '/bd/goal/management/open/user/batchDelete',
} as const;

/** LingXing's calendar is China's (GMT+8): its "this year" turns over at midnight there. */
export function providerYear(now: number): number {
  return new Date(now + 8 * 3600_000).getUTCFullYear();
}

export const CURRENCIES = ['USD', 'EUR', 'GBP', 'CNY', 'JPY'] as const;
export type WireCurrency = (typeof CURRENCIES)[number];
/** 1 sales amount, 2 sales volume. */
export type WireAssessType = 1 | 2;
/** 1 overwrite (覆盖), 2 update (更新). */
export type WireOperateType = 1 | 2;

/** Row reasons of batchOperate: user does not exist; user goal already exists. */
export const USER_NOT_FOUND = '用户不存在';
export const GOAL_EXISTS = '用户目标已存在';

export const MONTHS = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12] as const;
type Month = (typeof MONTHS)[number];

export type WireUserGoal = { uid: number } & Record<`value${Month}`, number>;

export interface BatchOperateRequest {
  assessYear: number;
  assessType: WireAssessType;
  operateType: WireOperateType;
  currencyCode: WireCurrency;
  userGoalList: WireUserGoal[];
}

export interface BatchSelectRequest {
  assessYear: number;
  assessType: WireAssessType;
}

export interface BatchDeleteRequest extends BatchSelectRequest {
  uidList: number[];
}

/** The gateway's refusals carry `code` as a string (e.g. "3001008"). */
export const gatewayAnswer = z.object({ code: z.string(), msg: z.string() });

export const tokenAnswer = z.object({
  code: z.literal('200'),
  msg: z.string(),
  data: z.object({
    access_token: z.string().min(1),
    refresh_token: z.string().min(1),
    expires_in: z.number().int().positive(),
  }),
});

/** Business answers carry `code` as a number; 1 is success. */
export const businessAnswer = z.object({
  code: z.number(),
  msg: z.string().optional(),
  data: z.unknown(),
  traceId: z.string().optional(),
  success: z.boolean().optional(),
});

/**
 * A write's refused rows; null when LingXing sends none (callers read it as none). Answer schemas
 * hold no `.transform()`: under zod 4.6 what a parse through one had parsed outlived two
 * young-generation GCs, so each goals read's rows and goals were promoted to the old generation
 * (on the client alone: 13 KB a read against 1.4 KB, and 41 µs of GC a read against 12 µs).
 */
export const rowFailures = z.array(z.object({ uid: z.coerce.number(), reason: z.string() })).nullable();

export const deletedCount = z.coerce.number().int().nonnegative();

// Read rows: the fields the facade uses. Undocumented ones are optional; values default to 0.
const monthlyKeys = <P extends string>(prefix: P) => MONTHS.map((month) => `${prefix}${month}` as const);
/** A row's twelve keys of each monthly series, January first (`goalValue1` … `goalValue12`). */
export const MONTHLY_KEYS = { goalValue: monthlyKeys('goalValue'), realValue: monthlyKeys('realValue'), completeRate: monthlyKeys('completeRate') };
/** A row's numbers: the monthly goals, actuals and completion rates, and the year's. Each may be absent or null. */
const ROW_NUMBERS = [
  ...MONTHLY_KEYS.goalValue,
  ...MONTHLY_KEYS.realValue,
  ...MONTHLY_KEYS.completeRate,
  'yearGoalValue',
  'yearRealValue',
  'completeProcess',
] as const;
type RowNumbers = { readonly [K in (typeof ROW_NUMBERS)[number]]?: number | null };
/**
 * A row's time as a Date: null when absent, an UnreadableField (that field's error) when present
 * but no time. The format is not documented: "yyyy-MM-dd HH:mm:ss" in GMT+8 is read first and
 * cheaply, then every other plausible encoding (epoch ms or s, ISO 8601).
 */
export function dateFromProvider(value: unknown, field: string): Date | null | UnreadableField {
  if (value === null || value === undefined || value === '') return null;
  const ms = (typeof value === 'string' ? parseGmt8(value) : undefined) ?? parseProviderTime(value);
  return ms === undefined ? new UnreadableField('LingXing', field, value, 'a time') : new Date(ms);
}

/** One field of a read row: what it must hold, in words for the error. */
type FieldRule = readonly [key: string, holds: (value: unknown) => boolean, expected: string];
const isNumber = (value: unknown) => typeof value === 'number' && Number.isFinite(value);
const isString = (value: unknown) => typeof value === 'string';
const nullish = (holds: (value: unknown) => boolean) => (value: unknown) => value === undefined || value === null || holds(value);
// A time's format is not documented: any value passes here, and one that is no time fails only its field (dateFromProvider).
const anything = () => true;
const numberOrNull = nullish(isNumber);
const ROW_FIELDS: readonly FieldRule[] = [
  ['uid', isNumber, 'a number'],
  ['assessType', isNumber, 'a number'],
  ['realName', nullish(isString), 'a string or null'],
  ['orgs', nullish((value) => Array.isArray(value) && value.every(isString)), 'a list of strings or null'],
  ['currencyCode', nullish(isString), 'a string or null'],
  ['icon', nullish(isString), 'a string or null'],
  ['gmtCreate', anything, 'anything'],
  ['gmtModified', anything, 'anything'],
  ...ROW_NUMBERS.map((key): FieldRule => [key, numberOrNull, 'a number or null']),
];

/** A read row as LingXing sends it: the fields the facade uses (fields it does not use pass untouched). */
export interface GoalRow extends RowNumbers {
  readonly uid: number;
  readonly assessType: number;
  readonly realName?: string | null;
  readonly orgs?: readonly string[] | null;
  readonly currencyCode?: string | null;
  readonly icon?: string | null;
  readonly gmtCreate?: unknown;
  readonly gmtModified?: unknown;
}

/**
 * A read row, checked field by field in one pass and answered as the very object parsed. As 47
 * zod fields it allocated a result per field and wrapper (about 6.7 KB a row, a quarter of all a
 * goals read allocated, 1.3 MB for 200 rows); this check allocates nothing of its own for a good row.
 */
export const goalRow = z.custom<GoalRow>().check((ctx) => {
  const row = ctx.value as unknown;
  if (typeof row !== 'object' || row === null || Array.isArray(row)) {
    ctx.issues.push({ code: 'custom', input: row, message: 'a goal row must be an object' });
    return;
  }
  for (const [key, holds, expected] of ROW_FIELDS) {
    const value = (row as Record<string, unknown>)[key];
    if (!holds(value)) ctx.issues.push({ code: 'custom', input: value, path: [key], message: `${key} must be ${expected}` });
  }
});
/** A read's rows; null when LingXing sends none (no `.transform()`: see rowFailures). */
export const goalRows = z.array(goalRow).nullable();
