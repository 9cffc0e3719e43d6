import { GraphQLError, type GraphQLResolveInfo } from 'graphql';
import { Authorized, Arg, Ctx, ID, Info, Int, Mutation, Query, Resolver, UseMiddleware } from 'type-graphql';
import type { BulkJob } from '../../graphql/bulk-job.js';
import { jobView } from '../../graphql/bulk-job-access.js';
import { startBulkJob } from '../../graphql/start-bulk-job.js';
import { ACCOUNTING_RULES_SYNC_JOB, AccountingRulesSyncJob } from './accounting-rule.jobs.js';
import type { FacadeContext } from '../../context.js';
import { limitBatch } from '../../graphql/batch-limit.js';
import { ACCOUNTING_RULE_LIMITS } from './accounting-rule.limits.js';
import { RecordOutcome } from '../../graphql/record-outcome.js';
import { graphQLErrorFor } from '../../graphql/failure-mapping.js';
import { RULE_PAGE_SIZES as PAGE_SIZES } from '../../providers/cloudpense/port.js';
import { AccountingRuleFilter, AccountingRulesSyncInput } from './accounting-rule.inputs.js';
import { AccountingRulesSyncPayload } from './accounting-rule.results.js';
import { localeFromAcceptLanguage } from './accounting-rule.rules.js';
import { AccountingRulePage, Locale } from './accounting-rule.types.js';

@Resolver()
export class AccountingRuleResolver {
  @Authorized('accounting-rules:write')
  @UseMiddleware(RecordOutcome, limitBatch('rules', ACCOUNTING_RULE_LIMITS.accountingRulesSync))
  @Mutation(() => AccountingRulesSyncPayload, {
    description:
      'Creates or updates accounting rules in CloudPense (upsert by code), 200 per call, within 50 calls an hour and 150 a day. Rules beyond the quota answer QuotaExhausted with the time it returns; nothing is sent for them. One result per rule, in input order. Scope: accounting-rules:write.',
  })
  accountingRulesSync(
    @Arg('input', () => AccountingRulesSyncInput, { description: 'The rules, an optional idempotency key and language.' }) input: AccountingRulesSyncInput,
    @Ctx() context: FacadeContext,
  ): Promise<AccountingRulesSyncPayload> {
    const locale = input.locale ?? localeFromAcceptLanguage(context.acceptLanguage);
    return context.services.accountingRules.sync(input, locale, context.deadline);
  }

  @Authorized('accounting-rules:write')
  @UseMiddleware(limitBatch('rules', ACCOUNTING_RULE_LIMITS.accountingRulesSync))
  @Mutation(() => AccountingRulesSyncJob.JobType, {
    description:
      "Starts a bulk `accountingRulesSync` run by the facade to the end, across CloudPense's hourly and daily windows (50 and 150 calls of 200 rules): the rules inline, or as `uploadId` of an NDJSON upload (one AccountingRuleInput per line) with `rules: []`. Scope: accounting-rules:write.",
  })
  async accountingRulesSyncJobStart(
    @Arg('input', () => AccountingRulesSyncInput, { description: 'The same input as the inline mutation; its list may be empty when `uploadId` is given.' })
    input: AccountingRulesSyncInput,
    @Arg('uploadId', () => ID, { nullable: true, description: 'An upload of yours to read the rules from, one per line.' }) uploadId: string | null | undefined,
    @Ctx() context: FacadeContext,
    @Info() info: GraphQLResolveInfo,
  ): Promise<BulkJob> {
    const withLocale = Object.assign(input, { locale: input.locale ?? localeFromAcceptLanguage(context.acceptLanguage) });
    return jobView(context, await startBulkJob(context, info, ACCOUNTING_RULES_SYNC_JOB, withLocale, uploadId));
  }

  @Authorized('accounting-rules:read')
  @Query(() => AccountingRulePage, { description: 'Pages through the accounting rules CloudPense holds (findByPage), by code. Scope: accounting-rules:read.' })
  async accountingRules(
    @Arg('filter', () => AccountingRuleFilter, { nullable: true, description: 'Which rules; all when absent.' })
    filter: AccountingRuleFilter | null | undefined,
    @Arg('page', () => Int, { defaultValue: 1, description: 'Page number, from 1.' }) page: number,
    @Arg('pageSize', () => Int, { defaultValue: 20, description: 'Rules per page: 20, 50 or 100.' }) pageSize: number,
    @Arg('locale', () => Locale, { nullable: true, description: "Language of CloudPense's messages; by default from Accept-Language." })
    locale: Locale | null | undefined,
    @Ctx() context: FacadeContext,
  ): Promise<AccountingRulePage> {
    if (!PAGE_SIZES.includes(pageSize as never)) {
      throw new GraphQLError(`pageSize must be 20, 50 or 100; got ${pageSize}.`, { extensions: { code: 'BAD_USER_INPUT', field: 'pageSize' } });
    }
    if (page < 1) throw new GraphQLError(`page starts at 1; got ${page}.`, { extensions: { code: 'BAD_USER_INPUT', field: 'page' } });
    try {
      return await context.services.accountingRules.page(filter, page, pageSize, locale ?? localeFromAcceptLanguage(context.acceptLanguage), context.deadline);
    } catch (error) {
      throw graphQLErrorFor(error);
    }
  }
}
