import DataLoader from 'dataloader';
import type { Deadline } from '../../core/deadline.js';
import type { AccountingRuleService } from './accounting-rule.service.js';
import { localeFromAcceptLanguage } from './accounting-rule.rules.js';
import type { AccountingRule } from './accounting-rule.types.js';

export type AccountingRuleLoader = DataLoader<string, AccountingRule | null>;

/**
 * Per request: each rule code is read once (findByPage filtered by code; CloudPense takes one
 * code per call, and reads are outside the batch quota), however many references name it.
 */
export function createAccountingRuleLoader(service: AccountingRuleService, deadline: Deadline, acceptLanguage: string | undefined): AccountingRuleLoader {
  const locale = localeFromAcceptLanguage(acceptLanguage);
  return new DataLoader<string, AccountingRule | null>((codes) =>
    Promise.all(
      codes.map((code) =>
        service
          .page({ code }, 1, 20, locale, deadline)
          .then((page) => page.items.find((rule) => rule.code === code) ?? null)
          .catch((error: Error) => error),
      ),
    ),
  );
}
