import { z } from 'zod';
import { jsonBoundsProblem } from '../../core/json-bounds.js';
import { RULE_LIMITS as LIMITS, utf8Bytes as bytes } from '../../providers/cloudpense/port.js';
import { Locale } from './accounting-rule.types.js';

const code = (name: string) =>
  z
    .string()
    .min(1, `${name} must not be empty.`)
    .refine((text) => bytes(text) <= LIMITS.code, `${name} must be at most ${LIMITS.code} bytes in UTF-8 (a Chinese character counts 3).`);

export const ruleRule = z.object({
  code: code('code'),
  structureCode: code('structureCode'),
  accountEventCode: code('accountEventCode'),
  accountCode: code('accountCode'),
  priority: z
    .number()
    .int()
    .refine((priority) => String(priority).length <= LIMITS.priorityDigits, `priority must be at most ${LIMITS.priorityDigits} characters.`)
    .nullish(),
  ruleCondition: z
    .record(z.string(), z.unknown())
    // Depth first (without recursion), so a hostile condition is this rule's problem, not a stack overflow for the sync.
    .superRefine((condition, ctx) => {
      if (jsonBoundsProblem(condition, { maxDepth: 16, maxBytes: LIMITS.ruleCondition }))
        ctx.addIssue({ code: 'custom', message: `ruleCondition must be at most ${LIMITS.ruleCondition} bytes as JSON.` });
    })
    .nullish(),
});

export const syncIdRule = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, 'syncId must be 1–64 letters, digits, `-` or `_`.');

/** The first supported language in an Accept-Language header; English when none matches. */
export function localeFromAcceptLanguage(header: string | undefined): Locale {
  for (const part of (header ?? '').split(',')) {
    const tag = part.split(';')[0]!.trim().toLowerCase();
    if (tag === 'zh-tw' || tag === 'zh-hk' || tag === 'zh-hant' || tag.startsWith('zh-hant-')) return Locale.ZH_TW;
    if (tag.startsWith('zh')) return Locale.ZH_CN;
    if (tag.startsWith('ja')) return Locale.JA_JP;
    if (tag.startsWith('en')) return Locale.EN_US;
  }
  return Locale.EN_US;
}
