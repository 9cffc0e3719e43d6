import { parseGmt8 } from '../../core/gmt8.js';
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

export const rowFailures = z
  .array(z.object({ uid: z.coerce.number(), reason: z.string() }))
  .nullable()
  .transform((rows) => rows ?? []);

export const deletedCount = z.coerce.number().int().nonnegative();

// Read rows: the fields the facade uses. Undocumented ones are optional; values default to 0.
const value = z.number().nullish();
const monthly = <P extends string>(prefix: P) =>
  Object.fromEntries(MONTHS.map((month) => [`${prefix}${month}`, value])) as Record<`${P}${Month}`, typeof value>;
/** "yyyy-MM-dd HH:mm:ss" in GMT+8, or epoch milliseconds. */
const providerTime = z.union([z.number(), z.string()]).nullish();

/** Reads a providerTime value ("yyyy-MM-dd HH:mm:ss" in GMT+8, or epoch ms) as a Date; null when absent or unreadable. */
export function dateFromProvider(value: number | string | null | undefined): Date | null {
  if (value === null || value === undefined || value === '') return null;
  if (typeof value === 'number') return new Date(value);
  const ms = parseGmt8(value);
  return ms === undefined ? null : new Date(ms);
}

export const goalRow = z.object({
  uid: z.number(),
  realName: z.string().nullish(),
  orgs: z.array(z.string()).nullish(),
  currencyCode: z.string().nullish(),
  icon: z.string().nullish(),
  assessType: z.number(),
  ...monthly('goalValue'),
  ...monthly('realValue'),
  ...monthly('completeRate'),
  yearGoalValue: value,
  yearRealValue: value,
  completeProcess: value,
  gmtCreate: providerTime,
  gmtModified: providerTime,
});
export type GoalRow = z.infer<typeof goalRow>;
export const goalRows = z
  .array(goalRow)
  .nullable()
  .transform((rows) => rows ?? []);
