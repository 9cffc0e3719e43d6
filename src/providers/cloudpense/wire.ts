import { z } from 'zod';

/** CloudPense's wire format for accounting rules. Names are the provider's (snake_case rows). */

export const PATHS = {
  token: '/common/unAuth/tokens/generate',
  batch: '/common/glAccountRules/v2/batch',
  findByPage: '/common/glAccountRules/v2/findByPage',
} as const;

export const LOCALES = ['zh_CN', 'en_US', 'ja_JP', 'zh_TW'] as const;
export type WireLocale = (typeof LOCALES)[number];

export const SUCCESS = 200000;
export const PAGE_SIZES = [20, 50, 100] as const;

/** Lengths are in UTF-8 bytes: a Chinese character counts 3. */
export const LIMITS = { bizId: 36, code: 64, ruleCondition: 64, priorityDigits: 4 } as const;

export const bytes = (text: string): number => Buffer.byteLength(text, 'utf8');

export interface WireRule {
  code: string;
  structure_code: string;
  account_event_code: string;
  account_code: string;
  priority?: number;
  rule_condition?: Record<string, unknown>;
  deleted_flag?: 'Y' | 'N';
}

export interface WireBatchRequest {
  bizId: string;
  /** 13-digit epoch milliseconds. */
  timestamp: number;
  data: WireRule[];
}

export const tokenAnswer = z.object({
  resCode: z.literal(SUCCESS),
  data: z.object({ access_token: z.string().min(1), expires_in: z.number().int().positive() }),
});

export const envelope = z.object({ resCode: z.number(), resMsg: z.string().nullish(), bizId: z.string().nullish(), data: z.unknown() });

// Not documented: the shape of the rows inside the error arrays. Kept here, and only here.
const rowMessage = z.object({ code: z.string(), errorMsg: z.string() });

export const batchData = z.object({
  created: z.string().nullish(),
  updated: z.string().nullish(),
  validatorErrors: z.array(rowMessage).nullish(),
  dbErrors: z.array(rowMessage).nullish(),
  warnings: z.array(rowMessage).nullish(),
});

/** Page counts as numbers or digits; rows are read one by one (stored-rule.ts), since their format is not documented. */
const count = z.coerce.number().int().nonnegative();
export const page = z.object({
  page_num: count,
  total_page: count,
  page_size: count,
  total_count: count,
  page_info: z.array(z.unknown()).nullish(),
});
