/* eslint-disable */
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
export type Maybe<T> = T | null;
export type InputMaybe<T> = T | null | undefined;
export type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
export type MakeOptional<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]?: Maybe<T[SubKey]> };
export type MakeMaybe<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]: Maybe<T[SubKey]> };
export type MakeEmpty<T extends { [key: string]: unknown }, K extends keyof T> = { [_ in K]?: never };
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** A date string, such as 2007-12-03, compliant with the `full-date` format outlined in section 5.6 of the RFC 3339 profile of the ISO 8601 standard for representation of dates and times using the Gregorian calendar. */
  Date: { input: string; output: string; }
  /** A date-time string at UTC, such as 2007-12-03T10:15:30Z, compliant with the `date-time` format outlined in section 5.6 of the RFC 3339 profile of the ISO 8601 standard for representation of dates and times using the Gregorian calendar. */
  DateTime: { input: string; output: string; }
  /** The `JSONObject` scalar type represents JSON objects as specified by [ECMA-404](http://www.ecma-international.org/publications/files/ECMA-ST/ECMA-404.pdf). */
  JSONObject: { input: Record<string, unknown>; output: Record<string, unknown>; }
};

/** An accounting rule as CloudPense holds it. */
export type AccountingRule = {
  __typename?: 'AccountingRule';
  /** Account code (会计科目编码). */
  accountCode: Scalars['String']['output'];
  /** Accounting event code (会计事件编码). */
  accountEventCode: Scalars['String']['output'];
  /** Rule code (规则编码), unique. */
  code: Scalars['String']['output'];
  /** Whether the rule is marked deleted (删除标识 Y). */
  deleted: Scalars['Boolean']['output'];
  /** Priority (优先级). */
  priority?: Maybe<Scalars['Int']['output']>;
  /** Rule condition (规则条件). */
  ruleCondition?: Maybe<Scalars['JSONObject']['output']>;
  /** Accounting structure code (会计结构编码). */
  structureCode: Scalars['String']['output'];
  /** When CloudPense last changed it. */
  updatedAt?: Maybe<Scalars['DateTime']['output']>;
};

/** Which rules to list; every field given must match. */
export type AccountingRuleFilter = {
  /** Exact account code. */
  accountCode?: InputMaybe<Scalars['String']['input']>;
  /** Exact accounting event code. */
  accountEventCode?: InputMaybe<Scalars['String']['input']>;
  /** Exact rule code. */
  code?: InputMaybe<Scalars['String']['input']>;
  /** Exact structure code. */
  structureCode?: InputMaybe<Scalars['String']['input']>;
  /** Changed at or after this time. */
  updatedFrom?: InputMaybe<Scalars['DateTime']['input']>;
  /** Changed at or before this time. */
  updatedTo?: InputMaybe<Scalars['DateTime']['input']>;
};

/** One accounting rule to create or update (upsert by code). Lengths are in UTF-8 bytes: a Chinese character counts 3. */
export type AccountingRuleInput = {
  /** Account code, at most 64 bytes; must exist in CloudPense. */
  accountCode: Scalars['String']['input'];
  /** Accounting event code, at most 64 bytes. */
  accountEventCode: Scalars['String']['input'];
  /** Rule code, at most 64 bytes; each code at most once per sync. */
  code: Scalars['String']['input'];
  /** Mark the rule deleted (删除标识). Default false. */
  deleted?: InputMaybe<Scalars['Boolean']['input']>;
  /** Priority: an integer of at most 4 characters (e.g. 0–9999). */
  priority?: InputMaybe<Scalars['Int']['input']>;
  /** Rule condition, at most 64 bytes as JSON. Keys: `header_<column>`, `<column>`, `charge_department_<column>`, `project_<column>`. */
  ruleCondition?: InputMaybe<Scalars['JSONObject']['input']>;
  /** Accounting structure code, at most 64 bytes. */
  structureCode: Scalars['String']['input'];
};

/** One page of accounting rules. */
export type AccountingRulePage = {
  __typename?: 'AccountingRulePage';
  /** The rules on this page, by code. */
  items: Array<AccountingRule>;
  /** This page number, from 1. */
  page: Scalars['Int']['output'];
  /** Rules per page: 20, 50 or 100. */
  pageSize: Scalars['Int']['output'];
  /** How many rules match the filter. */
  totalCount: Scalars['Int']['output'];
  /** How many pages there are. */
  totalPages: Scalars['Int']['output'];
};

/** The answer for one rule of `accountingRulesSync`: synced, or why not. */
export type AccountingRuleSyncResult = AccountingRuleSynced | Canceled | DeadlineExceeded | OutcomeUnknown | ProviderRejected | ProviderUnavailable | QuotaExhausted | ValidationError;

/** A page of a AccountingRulesSyncJob's answers, in input order. */
export type AccountingRuleSyncResultConnection = {
  __typename?: 'AccountingRuleSyncResultConnection';
  /** The answers of this page, in input order. */
  edges: Array<AccountingRuleSyncResultEdge>;
  /** Whether another page follows, and its cursor. */
  pageInfo: PageInfo;
};

/** One item's answer in a AccountingRulesSyncJob. */
export type AccountingRuleSyncResultEdge = {
  __typename?: 'AccountingRuleSyncResultEdge';
  /** Pass as `after` for the answers after this one. */
  cursor: Scalars['String']['output'];
  /** The same result the inline mutation answers for this item; its `index` is its place in the input. */
  node: AccountingRuleSyncResult;
  /** The answer was lost, and the job read back from the provider what really happened. */
  reconciled: Scalars['Boolean']['output'];
};

/** CloudPense created or updated the rule. */
export type AccountingRuleSynced = {
  __typename?: 'AccountingRuleSynced';
  /** The bizId of the CloudPense call that synced it; empty when a bulk job's read-back confirmed it after the answer was lost. */
  bizId: Scalars['String']['output'];
  /** Position of the input rule (0-based). */
  index: Scalars['Int']['output'];
  /** The rule code (named so it never clashes with `ItemError.code` in one selection). */
  ruleCode: Scalars['String']['output'];
  /** CloudPense's weak-validation warnings for this rule (it was still synced), in the request's language. */
  warnings: Array<Scalars['String']['output']>;
};

/** Accounting rules to sync to CloudPense. */
export type AccountingRulesSyncInput = {
  /** Language of CloudPense's messages; by default from Accept-Language. */
  locale?: InputMaybe<Locale>;
  /** The rules; each gets one result at the same index. 200 go in one CloudPense call; at most 10,000. */
  rules: Array<AccountingRuleInput>;
  /** Idempotency key (letters, digits, `-`, `_`; at most 64). Resubmitting with the same key maps onto the same CloudPense calls. When absent the facade makes one and returns it. */
  syncId?: InputMaybe<Scalars['String']['input']>;
};

/** A bulk `accountingRulesSync`: `results` answers each rule as the inline mutation would. */
export type AccountingRulesSyncJob = BulkJob & {
  __typename?: 'AccountingRulesSyncJob';
  /** Its items by answer so far. */
  counts: BulkJobCounts;
  /** When it was started. */
  createdAt: Scalars['DateTime']['output'];
  /** When the job should be done, from what its provider's quota windows will admit and its pace so far; null once it ended, or before there is anything to go by. */
  estimatedCompletionAt?: Maybe<Scalars['DateTime']['output']>;
  /** Why the facade failed the job (FAILED only). */
  failure?: Maybe<Scalars['String']['output']>;
  /** When every item had its answer (or it was canceled to the end). */
  finishedAt?: Maybe<Scalars['DateTime']['output']>;
  /** The job id: follow it with `bulkJob(id)`. */
  id: Scalars['ID']['output'];
  /** Answers in input order, a page at a time (only item errors with `onlyFailed`). */
  results: AccountingRuleSyncResultConnection;
  /** When its first chunk was sent. */
  startedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Where the job is. */
  state: BulkJobState;
  /** While WAITING_FOR_QUOTA: when the quota admits its next chunk. */
  waitingUntil?: Maybe<Scalars['DateTime']['output']>;
};


/** A bulk `accountingRulesSync`: `results` answers each rule as the inline mutation would. */
export type AccountingRulesSyncJobResultsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: Scalars['Int']['input'];
  onlyFailed?: Scalars['Boolean']['input'];
};

/** One result per input rule, in input order, with counts. */
export type AccountingRulesSyncPayload = BatchPayload & {
  __typename?: 'AccountingRulesSyncPayload';
  /** Rules CloudPense reports it created. */
  created: Scalars['Int']['output'];
  /** How many items got an error (`succeeded + failed` = number of input items). */
  failed: Scalars['Int']['output'];
  /** `results[i]` answers `input.rules[i]`. */
  results: Array<AccountingRuleSyncResult>;
  /** How many items succeeded. */
  succeeded: Scalars['Int']['output'];
  /** The sync's idempotency key (yours, or the one the facade made). */
  syncId: Scalars['String']['output'];
  /** The providers' trace ids of the calls this batch made, to quote to their support. */
  traceIds: Array<Scalars['String']['output']>;
  /** Rules CloudPense reports it updated. */
  updated: Scalars['Int']['output'];
};

/** What a goal measures (LingXing `assessType`). */
export type AssessType =
  /** Sales amount, in the goal currency (LingXing 1). */
  | 'SALES_AMOUNT'
  /** Units sold (LingXing 2). */
  | 'SALES_VOLUME';

/** What every batch mutation answers besides its per-item `results`: counts and provider trace ids. */
export type BatchPayload = {
  /** How many items got an error (`succeeded + failed` = number of input items). */
  failed: Scalars['Int']['output'];
  /** How many items succeeded. */
  succeeded: Scalars['Int']['output'];
  /** The providers' trace ids of the calls this batch made, to quote to their support. */
  traceIds: Array<Scalars['String']['output']>;
};

/** A batch run by the facade to the end, across quota windows: follow it with `bulkJob(id)` (or the `bulkJobProgress` subscription), read its answers with `results` or `GET /jobs/{id}/results.ndjson`. */
export type BulkJob = {
  /** Its items by answer so far. */
  counts: BulkJobCounts;
  /** When it was started. */
  createdAt: Scalars['DateTime']['output'];
  /** When the job should be done, from what its provider's quota windows will admit and its pace so far; null once it ended, or before there is anything to go by. */
  estimatedCompletionAt?: Maybe<Scalars['DateTime']['output']>;
  /** Why the facade failed the job (FAILED only). */
  failure?: Maybe<Scalars['String']['output']>;
  /** When every item had its answer (or it was canceled to the end). */
  finishedAt?: Maybe<Scalars['DateTime']['output']>;
  /** The job id: follow it with `bulkJob(id)`. */
  id: Scalars['ID']['output'];
  /** When its first chunk was sent. */
  startedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Where the job is. */
  state: BulkJobState;
  /** While WAITING_FOR_QUOTA: when the quota admits its next chunk. */
  waitingUntil?: Maybe<Scalars['DateTime']['output']>;
};

/** Bulk jobs, newest first. */
export type BulkJobConnection = {
  __typename?: 'BulkJobConnection';
  /** The jobs of this page, newest first. */
  edges: Array<BulkJobEdge>;
  /** Whether another page follows, and its cursor. */
  pageInfo: PageInfo;
};

/** A job's items by answer; `settled` only grows. */
export type BulkJobCounts = {
  __typename?: 'BulkJobCounts';
  /** Answers by result type, by type name. */
  byOutcome: Array<BulkJobOutcomeCount>;
  /** Items answered with an item error (ValidationError, ProviderRejected, Canceled…). */
  failed: Scalars['Int']['output'];
  /** Items still without an answer (`total - settled`). */
  pending: Scalars['Int']['output'];
  /** Lost answers the job read back from the provider and answered as what really happened. */
  reconciled: Scalars['Int']['output'];
  /** Items answered so far (validation errors at start included). */
  settled: Scalars['Int']['output'];
  /** Items answered with a success type. */
  succeeded: Scalars['Int']['output'];
  /** Input items. */
  total: Scalars['Int']['output'];
};

/** One job in a page of bulkJobs. */
export type BulkJobEdge = {
  __typename?: 'BulkJobEdge';
  /** Pass as `after` for the jobs after this one. */
  cursor: Scalars['String']['output'];
  /** The job. */
  node: BulkJob;
};

/** Which jobs to list. */
export type BulkJobFilter = {
  /** Everyone's jobs, not only yours (needs jobs:read). */
  everyone?: InputMaybe<Scalars['Boolean']['input']>;
  /** Only jobs in these states. */
  states?: InputMaybe<Array<BulkJobState>>;
};

/** How many items have answers of one result type. */
export type BulkJobOutcomeCount = {
  __typename?: 'BulkJobOutcomeCount';
  /** Items answered with it. */
  count: Scalars['Int']['output'];
  /** The result type (`GoalWritten`, `ValidationError`, `OutcomeUnknown`…). */
  type: Scalars['String']['output'];
};

/** Where a bulk job is. COMPLETED, CANCELED, FAILED and EXPIRED are terminal. */
export type BulkJobState =
  /** Canceled: items not sent answer `Canceled`; the others their real answer. */
  | 'CANCELED'
  /** Every item has its answer (successes and item errors alike). */
  | 'COMPLETED'
  /** The job ended longer ago than BULK_RETENTION_HOURS: its results are gone. */
  | 'EXPIRED'
  /** The facade itself failed the job (never for item errors); `failure` says why. */
  | 'FAILED'
  /** Accepted; no chunk has been sent yet. */
  | 'QUEUED'
  /** Chunks are being sent. */
  | 'RUNNING'
  /** Every chunk left waits for the provider's quota, until `waitingUntil`; the facade carries on by itself. */
  | 'WAITING_FOR_QUOTA';

/** Who may share a cached answer: anyone (PUBLIC) or only the caller it was for (PRIVATE). */
export type CacheControlScope =
  /** Only the caller’s own cache may keep it. */
  | 'PRIVATE'
  /** Any cache may keep it for anyone. */
  | 'PUBLIC';

/** The bulk job was canceled before this item was sent: nothing was applied. (Inline mutations never answer it.) */
export type Canceled = ItemError & {
  __typename?: 'Canceled';
  /** Machine-readable reason. */
  code: ItemErrorCode;
  /** Position of the input item this error answers (0-based). */
  index: Scalars['Int']['output'];
  /** Human-readable explanation, safe to show to users. */
  message: Scalars['String']['output'];
  /** True when sending this same item again, unchanged, is safe and may succeed (after `retryAfter` where given). */
  retryable: Scalars['Boolean']['output'];
};

/** How sure the deal is (把握度). */
export type Confidence =
  /** Most likely. */
  | 'A'
  /** Likely. */
  | 'B'
  /** Least likely. */
  | 'C';

/** Currencies LingXing accepts for goals. */
export type CurrencyCode =
  /** Chinese yuan. */
  | 'CNY'
  /** Euro. */
  | 'EUR'
  /** Pound sterling. */
  | 'GBP'
  /** Japanese yen. */
  | 'JPY'
  /** US dollar. */
  | 'USD';

/** The request's deadline passed while the item waited to be admitted (its turn, or an in-flight slot): nothing was sent. Unlike QuotaExhausted, capacity was not known to be gone; a longer deadline or a smaller batch would have let it through. */
export type DeadlineExceeded = ItemError & {
  __typename?: 'DeadlineExceeded';
  /** Machine-readable reason. */
  code: ItemErrorCode;
  /** The deadline the request had, in milliseconds (`REQUEST_DEADLINE_MS`, or the `x-deadline-ms` header). */
  deadlineMs: Scalars['Int']['output'];
  /** Position of the input item this error answers (0-based). */
  index: Scalars['Int']['output'];
  /** Human-readable explanation, safe to show to users. */
  message: Scalars['String']['output'];
  /** True when sending this same item again, unchanged, is safe and may succeed (after `retryAfter` where given). */
  retryable: Scalars['Boolean']['output'];
};

/** One user's sales goal for a year and assess type, with progress so far. */
export type Goal = {
  __typename?: 'Goal';
  /** What the goal measures. */
  assessType: AssessType;
  /** When the goal was created. */
  createdAt?: Maybe<Scalars['DateTime']['output']>;
  /** Currency of the values, for sales-amount goals. */
  currency?: Maybe<CurrencyCode>;
  /** Actual result per month, January first (12 values). */
  monthlyActuals: Array<Scalars['Float']['output']>;
  /** Completion per month in percent, January first (12 values). */
  monthlyCompletionRates: Array<Scalars['Float']['output']>;
  /** Goal per month, January first (12 values). */
  monthlyGoals: Array<Scalars['Float']['output']>;
  /** Names of the user's organisations. */
  organizations: Array<Scalars['String']['output']>;
  /** The user's name in LingXing. */
  realName?: Maybe<Scalars['String']['output']>;
  /** LingXing user id. */
  uid: Scalars['Int']['output'];
  /** When the goal was last changed. */
  updatedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Goal year. */
  year: Scalars['Int']['output'];
  /** Actual result for the year so far. */
  yearActual: Scalars['Float']['output'];
  /** Completion of the year goal, in percent. */
  yearCompletion: Scalars['Float']['output'];
  /** Goal for the whole year. */
  yearGoal: Scalars['Float']['output'];
};

/** The user already has a goal for this year and assess type, and the mode was CREATE_ONLY (用户目标已存在). Use OVERWRITE to replace it. */
export type GoalAlreadyExists = ItemError & {
  __typename?: 'GoalAlreadyExists';
  /** Machine-readable reason. */
  code: ItemErrorCode;
  /** Position of the input item this error answers (0-based). */
  index: Scalars['Int']['output'];
  /** Human-readable explanation, safe to show to users. */
  message: Scalars['String']['output'];
  /** True when sending this same item again, unchanged, is safe and may succeed (after `retryAfter` where given). */
  retryable: Scalars['Boolean']['output'];
  /** The uid whose goal exists. */
  uid: Scalars['Int']['output'];
};

/** The answer for one uid of `goalsDelete`: deleted, or why not. */
export type GoalDeleteResult = Canceled | DeadlineExceeded | GoalDeleted | OutcomeUnknown | ProviderRejected | ProviderUnavailable | QuotaExhausted | ValidationError;

/** A page of a GoalsDeleteJob's answers, in input order. */
export type GoalDeleteResultConnection = {
  __typename?: 'GoalDeleteResultConnection';
  /** The answers of this page, in input order. */
  edges: Array<GoalDeleteResultEdge>;
  /** Whether another page follows, and its cursor. */
  pageInfo: PageInfo;
};

/** One item's answer in a GoalsDeleteJob. */
export type GoalDeleteResultEdge = {
  __typename?: 'GoalDeleteResultEdge';
  /** Pass as `after` for the answers after this one. */
  cursor: Scalars['String']['output'];
  /** The same result the inline mutation answers for this item; its `index` is its place in the input. */
  node: GoalDeleteResult;
  /** The answer was lost, and the job read back from the provider what really happened. */
  reconciled: Scalars['Boolean']['output'];
};

/** LingXing confirmed the call: no goal remains for this user, year and assess type (deleted now, or there was none). */
export type GoalDeleted = {
  __typename?: 'GoalDeleted';
  /** Position of the input item (0-based). */
  index: Scalars['Int']['output'];
  /** LingXing's trace id of the call that deleted it; empty when a bulk job's read-back confirmed the delete after its answer was lost. */
  traceId: Scalars['String']['output'];
  /** LingXing user id. */
  uid: Scalars['Int']['output'];
};

/** One user's goal: twelve monthly values. */
export type GoalInput = {
  /** Exactly 12 values, January to December, each ≥ 0. */
  monthlyValues: Array<Scalars['Float']['input']>;
  /** LingXing user id (positive). Each uid at most once per batch. */
  uid: Scalars['Int']['input'];
};

/** The answer for one goal of `goalsUpsert`: written, or why not. */
export type GoalUpsertResult = Canceled | DeadlineExceeded | GoalAlreadyExists | GoalWritten | OutcomeUnknown | ProviderRejected | ProviderUnavailable | QuotaExhausted | UserNotFound | ValidationError;

/** A page of a GoalsUpsertJob's answers, in input order. */
export type GoalUpsertResultConnection = {
  __typename?: 'GoalUpsertResultConnection';
  /** The answers of this page, in input order. */
  edges: Array<GoalUpsertResultEdge>;
  /** Whether another page follows, and its cursor. */
  pageInfo: PageInfo;
};

/** One item's answer in a GoalsUpsertJob. */
export type GoalUpsertResultEdge = {
  __typename?: 'GoalUpsertResultEdge';
  /** Pass as `after` for the answers after this one. */
  cursor: Scalars['String']['output'];
  /** The same result the inline mutation answers for this item; its `index` is its place in the input. */
  node: GoalUpsertResult;
  /** The answer was lost, and the job read back from the provider what really happened. */
  reconciled: Scalars['Boolean']['output'];
};

/** How a goal write treats a user who already has a goal for the year and assess type. */
export type GoalWriteMode =
  /** Create the goal; an existing one is left unchanged and answered GoalAlreadyExists (LingXing 更新, operateType 2, as the provider behaves). */
  | 'CREATE_ONLY'
  /** Create the goal, or replace all twelve values of an existing one (LingXing 覆盖, operateType 1). Safe to resend. */
  | 'OVERWRITE';

/** LingXing confirmed the goal was written. */
export type GoalWritten = {
  __typename?: 'GoalWritten';
  /** Position of the input item (0-based). */
  index: Scalars['Int']['output'];
  /** LingXing's trace id of the call that wrote it; empty when a bulk job's read-back confirmed the write after its answer was lost. */
  traceId: Scalars['String']['output'];
  /** LingXing user id. */
  uid: Scalars['Int']['output'];
};

/** Users whose goal to delete for one year and assess type. */
export type GoalsDeleteInput = {
  /** Which goals. */
  assessType: AssessType;
  /** LingXing user ids (positive); each gets one result at the same index. At most 10,000. */
  uids: Array<Scalars['Int']['input']>;
  /** Goal year: last year, this year or next year (LingXing calendar, GMT+8). */
  year: Scalars['Int']['input'];
};

/** A bulk `goalsDelete`: `results` answers each uid as the inline mutation would. */
export type GoalsDeleteJob = BulkJob & {
  __typename?: 'GoalsDeleteJob';
  /** Its items by answer so far. */
  counts: BulkJobCounts;
  /** When it was started. */
  createdAt: Scalars['DateTime']['output'];
  /** When the job should be done, from what its provider's quota windows will admit and its pace so far; null once it ended, or before there is anything to go by. */
  estimatedCompletionAt?: Maybe<Scalars['DateTime']['output']>;
  /** Why the facade failed the job (FAILED only). */
  failure?: Maybe<Scalars['String']['output']>;
  /** When every item had its answer (or it was canceled to the end). */
  finishedAt?: Maybe<Scalars['DateTime']['output']>;
  /** The job id: follow it with `bulkJob(id)`. */
  id: Scalars['ID']['output'];
  /** Answers in input order, a page at a time (only item errors with `onlyFailed`). */
  results: GoalDeleteResultConnection;
  /** When its first chunk was sent. */
  startedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Where the job is. */
  state: BulkJobState;
  /** While WAITING_FOR_QUOTA: when the quota admits its next chunk. */
  waitingUntil?: Maybe<Scalars['DateTime']['output']>;
};


/** A bulk `goalsDelete`: `results` answers each uid as the inline mutation would. */
export type GoalsDeleteJobResultsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: Scalars['Int']['input'];
  onlyFailed?: Scalars['Boolean']['input'];
};

/** One result per input uid, in input order, with counts. */
export type GoalsDeletePayload = BatchPayload & {
  __typename?: 'GoalsDeletePayload';
  /** How many goals LingXing reports it actually deleted (uids without a goal do not count). */
  deletedCount: Scalars['Int']['output'];
  /** How many items got an error (`succeeded + failed` = number of input items). */
  failed: Scalars['Int']['output'];
  /** `results[i]` answers `input.uids[i]`. */
  results: Array<GoalDeleteResult>;
  /** How many items succeeded. */
  succeeded: Scalars['Int']['output'];
  /** The providers' trace ids of the calls this batch made, to quote to their support. */
  traceIds: Array<Scalars['String']['output']>;
};

/** Goals to write for one year and assess type. */
export type GoalsUpsertInput = {
  /** What the goals measure. */
  assessType: AssessType;
  /** Currency of the values. */
  currency: CurrencyCode;
  /** The goals; each gets one result at the same index. At most 10,000. */
  goals: Array<GoalInput>;
  /** What happens to existing goals. Default OVERWRITE. */
  mode?: GoalWriteMode;
  /** Goal year: last year, this year or next year (LingXing calendar, GMT+8). */
  year: Scalars['Int']['input'];
};

/** A bulk `goalsUpsert`: `results` answers each goal as the inline mutation would. */
export type GoalsUpsertJob = BulkJob & {
  __typename?: 'GoalsUpsertJob';
  /** Its items by answer so far. */
  counts: BulkJobCounts;
  /** When it was started. */
  createdAt: Scalars['DateTime']['output'];
  /** When the job should be done, from what its provider's quota windows will admit and its pace so far; null once it ended, or before there is anything to go by. */
  estimatedCompletionAt?: Maybe<Scalars['DateTime']['output']>;
  /** Why the facade failed the job (FAILED only). */
  failure?: Maybe<Scalars['String']['output']>;
  /** When every item had its answer (or it was canceled to the end). */
  finishedAt?: Maybe<Scalars['DateTime']['output']>;
  /** The job id: follow it with `bulkJob(id)`. */
  id: Scalars['ID']['output'];
  /** Answers in input order, a page at a time (only item errors with `onlyFailed`). */
  results: GoalUpsertResultConnection;
  /** When its first chunk was sent. */
  startedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Where the job is. */
  state: BulkJobState;
  /** While WAITING_FOR_QUOTA: when the quota admits its next chunk. */
  waitingUntil?: Maybe<Scalars['DateTime']['output']>;
};


/** A bulk `goalsUpsert`: `results` answers each goal as the inline mutation would. */
export type GoalsUpsertJobResultsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: Scalars['Int']['input'];
  onlyFailed?: Scalars['Boolean']['input'];
};

/** One result per input goal, in input order, with counts. */
export type GoalsUpsertPayload = BatchPayload & {
  __typename?: 'GoalsUpsertPayload';
  /** How many items got an error (`succeeded + failed` = number of input items). */
  failed: Scalars['Int']['output'];
  /** `results[i]` answers `input.goals[i]`. */
  results: Array<GoalUpsertResult>;
  /** How many items succeeded. */
  succeeded: Scalars['Int']['output'];
  /** The providers' trace ids of the calls this batch made, to quote to their support. */
  traceIds: Array<Scalars['String']['output']>;
};

/** The CRM accepts confidence A, B or C only (项目把握度仅支持A、B、C). */
export type InvalidConfidence = ItemError & {
  __typename?: 'InvalidConfidence';
  /** Machine-readable reason. */
  code: ItemErrorCode;
  /** Position of the input item this error answers (0-based). */
  index: Scalars['Int']['output'];
  /** Human-readable explanation, safe to show to users. */
  message: Scalars['String']['output'];
  /** True when sending this same item again, unchanged, is safe and may succeed (after `retryAfter` where given). */
  retryable: Scalars['Boolean']['output'];
};

/** The stage is not in the CRM's stage dictionary (项目阶段无效). */
export type InvalidStage = ItemError & {
  __typename?: 'InvalidStage';
  /** Machine-readable reason. */
  code: ItemErrorCode;
  /** Position of the input item this error answers (0-based). */
  index: Scalars['Int']['output'];
  /** Human-readable explanation, safe to show to users. */
  message: Scalars['String']['output'];
  /** True when sending this same item again, unchanged, is safe and may succeed (after `retryAfter` where given). */
  retryable: Scalars['Boolean']['output'];
  /** The stage refused. */
  stage: Scalars['String']['output'];
};

/** An input item that was not done. `index` is its position in the input list. */
export type ItemError = {
  /** Machine-readable reason. */
  code: ItemErrorCode;
  /** Position of the input item this error answers (0-based). */
  index: Scalars['Int']['output'];
  /** Human-readable explanation, safe to show to users. */
  message: Scalars['String']['output'];
  /** True when sending this same item again, unchanged, is safe and may succeed (after `retryAfter` where given). */
  retryable: Scalars['Boolean']['output'];
};

/** Machine-readable reason an input item was not done. Switch on this; show `message` to people. */
export type ItemErrorCode =
  /** The bulk job was canceled before this item was sent. Nothing was applied; start a new job to send it. */
  | 'CANCELED'
  /** The request's deadline passed before the item's call was admitted (it was waiting its turn, or for an in-flight slot). Nothing was sent. Retry with a longer deadline (`x-deadline-ms`) or a smaller batch. */
  | 'DEADLINE_EXCEEDED'
  /** The user already has a goal for this year and assess type, and the write mode was CREATE_ONLY. */
  | 'GOAL_ALREADY_EXISTS'
  /** The CRM accepts confidence A, B or C only. */
  | 'INVALID_CONFIDENCE'
  /** The stage is not in the CRM's stage dictionary. */
  | 'INVALID_STAGE'
  /** The CRM has no opportunity with this code. */
  | 'OPPORTUNITY_NOT_FOUND'
  /** The call was sent but its answer was lost: the item may or may not have been applied. Read before retrying unless `retryable` is true. */
  | 'OUTCOME_UNKNOWN'
  /** The provider refused the facade's credentials, permissions or signature. Nothing was applied; an operator must fix the configuration. */
  | 'PROVIDER_MISCONFIGURED'
  /** The provider refused the item; its own code and message are attached. */
  | 'PROVIDER_REJECTED'
  /** The provider could not be reached; the call never reached it. Safe to retry. */
  | 'PROVIDER_UNAVAILABLE'
  /** The provider's quota could not admit the item before the deadline. Nothing was sent. Retry after `retryAfter`. */
  | 'QUOTA_EXHAUSTED'
  /** LingXing has no user with this uid. */
  | 'USER_NOT_FOUND'
  /** The item breaks a provider rule. Nothing was sent. Fix the field named in `field`. */
  | 'VALIDATION_FAILED';

/** Language of CloudPense's messages. When absent, the request's Accept-Language picks it (English by default). */
export type Locale =
  /** English. */
  | 'EN_US'
  /** Japanese. */
  | 'JA_JP'
  /** Simplified Chinese. */
  | 'ZH_CN'
  /** Traditional Chinese. */
  | 'ZH_TW';

export type Mutation = {
  __typename?: 'Mutation';
  /** Creates or updates accounting rules in CloudPense (upsert by code), 200 per call, within 50 calls an hour and 150 a day. Rules beyond the quota answer QuotaExhausted with the time it returns; nothing is sent for them. One result per rule, in input order. Scope: accounting-rules:write. */
  accountingRulesSync: AccountingRulesSyncPayload;
  /** Starts a bulk `accountingRulesSync` run by the facade to the end, across CloudPense's hourly and daily windows (50 and 150 calls of 200 rules): the rules inline, or as `uploadId` of an NDJSON upload (one AccountingRuleInput per line) with `rules: []`. Scope: accounting-rules:write. */
  accountingRulesSyncJobStart: AccountingRulesSyncJob;
  /** Cancels a bulk job: items not yet sent answer `Canceled`; calls in flight finish and their items keep their real answer. Canceling an ended job changes nothing. Only its owner cancels it. */
  bulkJobCancel: BulkJob;
  /** Deletes the goals of the given users for one year and assess type (LingXing batchDelete). One result per uid, in input order. Scope: goals:write. */
  goalsDelete: GoalsDeletePayload;
  /** Starts a bulk `goalsDelete`: the uids inline, or as `uploadId` of an NDJSON upload (one uid per line) with `uids: []`. Scope: goals:write. */
  goalsDeleteJobStart: GoalsDeleteJob;
  /** Creates or replaces sales goals (LingXing batchOperate), packed into as few calls as allowed. Answers one result per goal, in input order; a bad goal never fails the others. Scope: goals:write. */
  goalsUpsert: GoalsUpsertPayload;
  /** Starts a bulk `goalsUpsert` run by the facade to the end, across quota windows: the same input and rules, answered at once with the job (goals that break a rule are answered and counted at once, never queued). Give the goals inline (up to the inline limit) or as `uploadId` of an NDJSON upload (`POST /uploads`, one GoalInput per line) with `goals: []`. Scope: goals:write. */
  goalsUpsertJobStart: GoalsUpsertJob;
  /** Partially updates several CRM opportunities, sent in parallel under the CRM cap. One result per update, in input order; a bad update never fails the others. Scope: opportunities:write. */
  opportunitiesUpdate: OpportunitiesUpdatePayload;
  /** Starts a bulk `opportunitiesUpdate` run by the facade to the end under the CRM cap: the updates inline, or as `uploadId` of an NDJSON upload (one OpportunityUpdateInput per line) with `opportunities: []`. Scope: opportunities:write. */
  opportunitiesUpdateJobStart: OpportunitiesUpdateJob;
  /** Partially updates one CRM opportunity. Answers OpportunityUpdated or why not. Never resent once it may have reached the CRM: a lost answer is OutcomeUnknown. Scope: opportunities:write. */
  opportunityUpdate: OpportunityUpdateResult;
  /** Submits outreach tasks to a plan through TOP (alibaba.lingyang.utouch.submit.initiative.batch.task), in chunks within the app call quota. One result per task, in input order. Safe to resubmit with the same taskUniqueCode: nothing is created twice. Scope: touch-tasks:write. */
  touchTasksSubmit: TouchTasksSubmitPayload;
  /** Starts a bulk `touchTasksSubmit` run by the facade to the end, across TOP's call windows and bans: the tasks inline, or as `uploadId` of an NDJSON upload (one TouchTaskInput per line) with `tasks: []`. Scope: touch-tasks:write. */
  touchTasksSubmitJobStart: TouchTasksSubmitJob;
};


export type MutationAccountingRulesSyncArgs = {
  input: AccountingRulesSyncInput;
};


export type MutationAccountingRulesSyncJobStartArgs = {
  input: AccountingRulesSyncInput;
  uploadId?: InputMaybe<Scalars['ID']['input']>;
};


export type MutationBulkJobCancelArgs = {
  id: Scalars['ID']['input'];
};


export type MutationGoalsDeleteArgs = {
  input: GoalsDeleteInput;
};


export type MutationGoalsDeleteJobStartArgs = {
  input: GoalsDeleteInput;
  uploadId?: InputMaybe<Scalars['ID']['input']>;
};


export type MutationGoalsUpsertArgs = {
  input: GoalsUpsertInput;
};


export type MutationGoalsUpsertJobStartArgs = {
  input: GoalsUpsertInput;
  uploadId?: InputMaybe<Scalars['ID']['input']>;
};


export type MutationOpportunitiesUpdateArgs = {
  input: OpportunitiesUpdateInput;
};


export type MutationOpportunitiesUpdateJobStartArgs = {
  input: OpportunitiesUpdateInput;
  uploadId?: InputMaybe<Scalars['ID']['input']>;
};


export type MutationOpportunityUpdateArgs = {
  input: OpportunityUpdateInput;
};


export type MutationTouchTasksSubmitArgs = {
  input: TouchTasksSubmitInput;
};


export type MutationTouchTasksSubmitJobStartArgs = {
  input: TouchTasksSubmitInput;
  uploadId?: InputMaybe<Scalars['ID']['input']>;
};

/** Partial updates of several opportunities; each opportunityCode at most once. */
export type OpportunitiesUpdateInput = {
  /** The updates; each gets one result at the same index. At most 1,000. */
  opportunities: Array<OpportunityUpdateInput>;
};

/** A bulk `opportunitiesUpdate`: `results` answers each update as the inline mutation would. An update whose worker died mid-call is never resent: it answers OutcomeUnknown. */
export type OpportunitiesUpdateJob = BulkJob & {
  __typename?: 'OpportunitiesUpdateJob';
  /** Its items by answer so far. */
  counts: BulkJobCounts;
  /** When it was started. */
  createdAt: Scalars['DateTime']['output'];
  /** When the job should be done, from what its provider's quota windows will admit and its pace so far; null once it ended, or before there is anything to go by. */
  estimatedCompletionAt?: Maybe<Scalars['DateTime']['output']>;
  /** Why the facade failed the job (FAILED only). */
  failure?: Maybe<Scalars['String']['output']>;
  /** When every item had its answer (or it was canceled to the end). */
  finishedAt?: Maybe<Scalars['DateTime']['output']>;
  /** The job id: follow it with `bulkJob(id)`. */
  id: Scalars['ID']['output'];
  /** Answers in input order, a page at a time (only item errors with `onlyFailed`). */
  results: OpportunityUpdateResultConnection;
  /** When its first chunk was sent. */
  startedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Where the job is. */
  state: BulkJobState;
  /** While WAITING_FOR_QUOTA: when the quota admits its next chunk. */
  waitingUntil?: Maybe<Scalars['DateTime']['output']>;
};


/** A bulk `opportunitiesUpdate`: `results` answers each update as the inline mutation would. An update whose worker died mid-call is never resent: it answers OutcomeUnknown. */
export type OpportunitiesUpdateJobResultsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: Scalars['Int']['input'];
  onlyFailed?: Scalars['Boolean']['input'];
};

/** One result per input update, in input order, with counts. */
export type OpportunitiesUpdatePayload = BatchPayload & {
  __typename?: 'OpportunitiesUpdatePayload';
  /** How many items got an error (`succeeded + failed` = number of input items). */
  failed: Scalars['Int']['output'];
  /** `results[i]` answers `input.opportunities[i]`. */
  results: Array<OpportunityUpdateResult>;
  /** How many items succeeded. */
  succeeded: Scalars['Int']['output'];
  /** The providers' trace ids of the calls this batch made, to quote to their support. */
  traceIds: Array<Scalars['String']['output']>;
};

/** The CRM has no opportunity with this code (商机不存在). */
export type OpportunityNotFound = ItemError & {
  __typename?: 'OpportunityNotFound';
  /** Machine-readable reason. */
  code: ItemErrorCode;
  /** Position of the input item this error answers (0-based). */
  index: Scalars['Int']['output'];
  /** Human-readable explanation, safe to show to users. */
  message: Scalars['String']['output'];
  /** The code the CRM did not find. */
  opportunityCode: Scalars['String']['output'];
  /** True when sending this same item again, unchanged, is safe and may succeed (after `retryAfter` where given). */
  retryable: Scalars['Boolean']['output'];
};

/** State of an opportunity (商机状态). */
export type OpportunityStatus =
  /** Being worked on. */
  | 'ACTIVE'
  /** Closed without a result. */
  | 'CLOSED'
  /** Lost. */
  | 'LOST'
  /** Won. */
  | 'WON';

/** A partial update of one opportunity, found by `opportunityCode`. Fields left out stay as they are; at least one must be sent. `null` is refused: the CRM cannot clear a field. The end customer cannot be changed. */
export type OpportunityUpdateInput = {
  /** Amount (商机金额), greater than 0. */
  amount?: InputMaybe<Scalars['Float']['input']>;
  /** Archived (是否归档). */
  archived?: InputMaybe<Scalars['Boolean']['input']>;
  /** Channel expansion id (渠道拓展 ID), greater than 0. */
  channelExpansionId?: InputMaybe<Scalars['Int']['input']>;
  /** Competitor (竞品名称). */
  competitorName?: InputMaybe<Scalars['String']['input']>;
  /** Confidence (把握度). */
  confidence?: InputMaybe<Confidence>;
  /** Notes (备注). */
  description?: InputMaybe<Scalars['String']['input']>;
  /** Expected close date (预计结单日期). */
  expectedCloseDate?: InputMaybe<Scalars['Date']['input']>;
  /** When it was pushed to OMS (推送 OMS 时间). */
  omsPushTime?: InputMaybe<Scalars['DateTime']['input']>;
  /** Operator (运作方). */
  operatorName?: InputMaybe<Scalars['String']['input']>;
  /** The opportunity to update (商机编号), e.g. OPP-20260401-001. */
  opportunityCode: Scalars['String']['input'];
  /** Name (商机名称). */
  opportunityName?: InputMaybe<Scalars['String']['input']>;
  /** Construction type (建设类型). */
  opportunityType?: InputMaybe<Scalars['String']['input']>;
  /** Pre-sales id (售前 ID), greater than 0. */
  preSalesId?: InputMaybe<Scalars['Int']['input']>;
  /** Pre-sales name (售前姓名). */
  preSalesName?: InputMaybe<Scalars['String']['input']>;
  /** Product type (产品类型). */
  productType?: InputMaybe<Scalars['String']['input']>;
  /** Project location (项目地). */
  projectLocation?: InputMaybe<Scalars['String']['input']>;
  /** Pushed to OMS (是否已推送 OMS). */
  pushedToOms?: InputMaybe<Scalars['Boolean']['input']>;
  /** Sales expansion id (销售拓展 ID), greater than 0. */
  salesExpansionId?: InputMaybe<Scalars['Int']['input']>;
  /** Source (商机来源). */
  source?: InputMaybe<Scalars['String']['input']>;
  /** Stage (项目阶段): one of the CRM's stage dictionary codes (CRM_STAGES). */
  stage?: InputMaybe<Scalars['String']['input']>;
  /** Status (商机状态). */
  status?: InputMaybe<OpportunityStatus>;
};

/** The answer for one opportunity update: updated, or why not. */
export type OpportunityUpdateResult = Canceled | DeadlineExceeded | InvalidConfidence | InvalidStage | OpportunityNotFound | OpportunityUpdated | OutcomeUnknown | ProviderRejected | ProviderUnavailable | QuotaExhausted | ValidationError;

/** A page of a OpportunitiesUpdateJob's answers, in input order. */
export type OpportunityUpdateResultConnection = {
  __typename?: 'OpportunityUpdateResultConnection';
  /** The answers of this page, in input order. */
  edges: Array<OpportunityUpdateResultEdge>;
  /** Whether another page follows, and its cursor. */
  pageInfo: PageInfo;
};

/** One item's answer in a OpportunitiesUpdateJob. */
export type OpportunityUpdateResultEdge = {
  __typename?: 'OpportunityUpdateResultEdge';
  /** Pass as `after` for the answers after this one. */
  cursor: Scalars['String']['output'];
  /** The same result the inline mutation answers for this item; its `index` is its place in the input. */
  node: OpportunityUpdateResult;
  /** The answer was lost, and the job read back from the provider what really happened. */
  reconciled: Scalars['Boolean']['output'];
};

/** The CRM confirmed the update. */
export type OpportunityUpdated = {
  __typename?: 'OpportunityUpdated';
  /** The input fields this update set (the rest were left as they were). */
  changedFields: Array<Scalars['String']['output']>;
  /** The CRM's id of the opportunity. */
  id: Scalars['ID']['output'];
  /** Position of the input item (0-based). */
  index: Scalars['Int']['output'];
  /** The opportunity updated. */
  opportunityCode: Scalars['String']['output'];
};

/** The call for this item was sent but its answer was lost: it may or may not have been applied. `retryable` says whether resending is harmless for this operation. */
export type OutcomeUnknown = ItemError & {
  __typename?: 'OutcomeUnknown';
  /** Machine-readable reason. */
  code: ItemErrorCode;
  /** Position of the input item this error answers (0-based). */
  index: Scalars['Int']['output'];
  /** Human-readable explanation, safe to show to users. */
  message: Scalars['String']['output'];
  /** The provider's trace id, when one was received. */
  providerTraceId?: Maybe<Scalars['String']['output']>;
  /** True when sending this same item again, unchanged, is safe and may succeed (after `retryAfter` where given). */
  retryable: Scalars['Boolean']['output'];
};

/** Relay page information. */
export type PageInfo = {
  __typename?: 'PageInfo';
  /** The cursor of the last edge: pass it as `after` for the next page. */
  endCursor?: Maybe<Scalars['String']['output']>;
  /** Whether more edges follow `endCursor`. */
  hasNextPage: Scalars['Boolean']['output'];
};

/** The providers behind this API. */
export type Provider =
  /** CloudPense (accounting rules). */
  | 'CLOUDPENSE'
  /** The internal CRM (opportunities). */
  | 'CRM'
  /** LingXing ERP (sales goals). */
  | 'LINGXING'
  /** Alibaba TOP gateway (touch tasks). */
  | 'TOP';

/** A provider's limits now: what is used, what remains, when it frees, and any ban. */
export type ProviderQuota = {
  __typename?: 'ProviderQuota';
  /** The end of a hold the provider imposed (TOP: "ban for N seconds"); null without one. No call is sent before it. */
  bannedUntil?: Maybe<Scalars['DateTime']['output']>;
  /** Bulk-job chunks on this provider not answered yet, across every job (and every replica, with Redis): queued, delayed until its quota admits them, or being sent. */
  jobChunksWaiting: Scalars['Int']['output'];
  /** Where these figures come from: the shared ledger or this replica’s fallback share. */
  ledger: QuotaLedger;
  /** Every limit the facade keeps for this provider. */
  limits: Array<QuotaLimit>;
  /** The provider. */
  provider: Provider;
  /** How this replica's reads of the provider were served, and the calls that saved. */
  reads: ProviderReads;
  /** Calls waiting in this replica for a place, across this provider’s limits. */
  waiting: Scalars['Int']['output'];
};

/** How this replica has answered reads of one provider since it started: by a call, from the read cache (READ_CACHE_TTL_MS) or by joining an identical call already in flight. Each cached or shared read is a call the provider's quota did not spend. */
export type ProviderReads = {
  __typename?: 'ProviderReads';
  /** Reads answered from the read cache, without a call. */
  cacheHits: Scalars['Int']['output'];
  /** Provider calls, and their quota, saved: cacheHits + shared. */
  callsSaved: Scalars['Int']['output'];
  /** Reads answered by a provider call of their own. */
  providerCalls: Scalars['Int']['output'];
  /** The share of reads answered without a call of their own, from 0 to 1 (0 before any read). */
  savedRatio: Scalars['Float']['output'];
  /** Reads that joined an identical provider call in flight and shared its answer. */
  shared: Scalars['Int']['output'];
};

/** The provider answered and refused the item (or the facade's credentials); its own code and message are kept. */
export type ProviderRejected = ItemError & {
  __typename?: 'ProviderRejected';
  /** Machine-readable reason. */
  code: ItemErrorCode;
  /** Position of the input item this error answers (0-based). */
  index: Scalars['Int']['output'];
  /** Human-readable explanation, safe to show to users. */
  message: Scalars['String']['output'];
  /** The provider's error code, as the provider sent it. */
  providerCode: Scalars['String']['output'];
  /** The provider's error message, as the provider sent it. */
  providerMessage: Scalars['String']['output'];
  /** The provider's trace id for the call, to quote to the provider's support. */
  providerTraceId?: Maybe<Scalars['String']['output']>;
  /** True when sending this same item again, unchanged, is safe and may succeed (after `retryAfter` where given). */
  retryable: Scalars['Boolean']['output'];
};

/** The call for this item failed before the provider saw it; nothing was applied. Safe to retry. */
export type ProviderUnavailable = ItemError & {
  __typename?: 'ProviderUnavailable';
  /** Machine-readable reason. */
  code: ItemErrorCode;
  /** Position of the input item this error answers (0-based). */
  index: Scalars['Int']['output'];
  /** Human-readable explanation, safe to show to users. */
  message: Scalars['String']['output'];
  /** True when sending this same item again, unchanged, is safe and may succeed (after `retryAfter` where given). */
  retryable: Scalars['Boolean']['output'];
};

export type Query = {
  __typename?: 'Query';
  /** Pages through the accounting rules CloudPense holds (findByPage), by code. Scope: accounting-rules:read. */
  accountingRules: AccountingRulePage;
  /** A bulk job you started (any job with jobs:read): its state, counts and results. Another principal's job answers NOT_FOUND, as one that does not exist. Poll it, or follow `bulkJobProgress`. Scope: jobs:read for everyone's jobs; none for your own. */
  bulkJob: BulkJob;
  /** Your bulk jobs, newest first (everyone's with `filter.everyone` and jobs:read). */
  bulkJobs: BulkJobConnection;
  /** Sales goals of one year and assess type (LingXing batchSelect). With `uids`, only those users, in that order; users without a goal are left out. Several `goals` fields in one request, and identical reads in flight at once from any requests, share one provider call per (year, assessType); each request keeps its own deadline. Scope: goals:read. */
  goals: Array<Goal>;
  /** Every provider quota the facade keeps, read from the same ledger that admits calls: capacity, use, what remains, when it frees, and any ban. A batch larger than what remains waits for capacity until the request deadline, then answers QuotaExhausted items with `retryAfter`. Scope: quotas:read. */
  providerQuotas: Array<ProviderQuota>;
};


export type QueryAccountingRulesArgs = {
  filter?: InputMaybe<AccountingRuleFilter>;
  locale?: InputMaybe<Locale>;
  page?: Scalars['Int']['input'];
  pageSize?: Scalars['Int']['input'];
};


export type QueryBulkJobArgs = {
  id: Scalars['ID']['input'];
};


export type QueryBulkJobsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<BulkJobFilter>;
  first?: Scalars['Int']['input'];
};


export type QueryGoalsArgs = {
  assessType: AssessType;
  uids?: InputMaybe<Array<Scalars['Int']['input']>>;
  year: Scalars['Int']['input'];
};

/** The provider's quota could not admit the item before the request deadline; nothing was sent. */
export type QuotaExhausted = ItemError & {
  __typename?: 'QuotaExhausted';
  /** Machine-readable reason. */
  code: ItemErrorCode;
  /** Position of the input item this error answers (0-based). */
  index: Scalars['Int']['output'];
  /** Human-readable explanation, safe to show to users. */
  message: Scalars['String']['output'];
  /** When capacity is certain to be back; retry the item then. */
  retryAfter: Scalars['DateTime']['output'];
  /** True when sending this same item again, unchanged, is safe and may succeed (after `retryAfter` where given). */
  retryable: Scalars['Boolean']['output'];
};

/** Where the facade keeps its quota ledger, which decides every call. */
export type QuotaLedger =
  /** Redis is unreachable: this replica's own share (1/replicas of each limit) until Redis is back; the figures are this replica's. */
  | 'FALLBACK'
  /** In this process (one replica, no Redis). */
  | 'MEMORY'
  /** In Redis, shared by every replica: the figures are the whole quota. */
  | 'REDIS';

/** One limit of a provider, as the ledger that admits calls sees it now. */
export type QuotaLimit = {
  __typename?: 'QuotaLimit';
  /** What the limit applies to (e.g. "lingxing /bd/goal/management/open/user/batchOperate"). */
  appliesTo: Scalars['String']['output'];
  /** Calls the limit allows (at once, or per window). */
  capacity: Scalars['Int']['output'];
  /** In-flight cap or rolling window. */
  kind: QuotaLimitKind;
  /** When the next used place frees for certain; null when none is used. An in-flight place usually frees sooner, when its call ends. */
  nextFreeAt?: Maybe<Scalars['DateTime']['output']>;
  /** The rolling window (ROLLING_WINDOW) or, for IN_FLIGHT, the lease after which a place whose call never ended frees itself; in seconds. */
  periodSeconds: Scalars['Float']['output'];
  /** Places free now: a call sent now is admitted at once. */
  remaining: Scalars['Int']['output'];
  /** When every used place is free again (the limit resets); null when none is used. */
  resetsAt?: Maybe<Scalars['DateTime']['output']>;
  /** Places in use now. */
  used: Scalars['Int']['output'];
};

/** How a provider limits calls. */
export type QuotaLimitKind =
  /** At most `capacity` calls at the same time; a call holds its place until it ends (or its lease runs out). */
  | 'IN_FLIGHT'
  /** At most `capacity` calls in any rolling `periodSeconds`. */
  | 'ROLLING_WINDOW';

export type Subscription = {
  __typename?: 'Subscription';
  /** Follows a bulk job over WebSocket (graphql-ws): the job as it is now, then one event per settled chunk and state change, in order (counts only grow), ending after a terminal state. Where subscriptions do not pass (some routers), poll `bulkJob(id)` instead. */
  bulkJobProgress: BulkJob;
};


export type SubscriptionBulkJobProgressArgs = {
  id: Scalars['ID']['input'];
};

/** One outreach task. Which contact is required depends on the plan: a phone for smart call or SMS, an email for email. */
export type TouchTaskInput = {
  /** Booked time slot id (appointment_time_id), digits. */
  appointmentTimeId?: InputMaybe<Scalars['ID']['input']>;
  /** Your own id for the task; needed to look it up later. Unique within a batch. */
  bizId?: InputMaybe<Scalars['String']['input']>;
  /** Other billing information (book_charge_biz_info); sent as JSON text. */
  bookChargeBizInfo?: InputMaybe<Scalars['JSONObject']['input']>;
  /** Who is billed (book_user_id), digits; defaults to the ledger owner. */
  bookUserId?: InputMaybe<Scalars['ID']['input']>;
  /** CMS member type (cms_member_type). */
  cmsMemberType?: InputMaybe<Scalars['String']['input']>;
  /** CMS member id (cms_user_id), digits. */
  cmsUserId?: InputMaybe<Scalars['ID']['input']>;
  /** Department with CMS enabled (department_id), digits. */
  departmentId?: InputMaybe<Scalars['ID']['input']>;
  /** Email address. Required by email plans. */
  email?: InputMaybe<Scalars['String']['input']>;
  /** Input variables of the plan (入参变量); sent to TOP as JSON text. */
  inputParams: Scalars['JSONObject']['input'];
  /** External member id, e.g. a Taobao uid (outer_user_id). */
  outerUserId?: InputMaybe<Scalars['String']['input']>;
  /** Output slots for results (出参变量); sent to TOP as JSON text. */
  outputParams: Scalars['JSONObject']['input'];
  /** Phone number, digits with an optional leading +. Required by smart-call and SMS plans. */
  phoneNumber?: InputMaybe<Scalars['String']['input']>;
  /** When the plan should start this task; sent in GMT+8. */
  planExecuteStartTime?: InputMaybe<Scalars['DateTime']['input']>;
  /** Call-back booking policy id (policy_id), digits. */
  policyId?: InputMaybe<Scalars['ID']['input']>;
  /** CMS source id (source_id), digits. */
  sourceId?: InputMaybe<Scalars['ID']['input']>;
  /** Member name (user_name). */
  userName?: InputMaybe<Scalars['String']['input']>;
};

/** The answer for one task of `touchTasksSubmit`: created, or why not. */
export type TouchTaskSubmitResult = Canceled | DeadlineExceeded | OutcomeUnknown | ProviderRejected | ProviderUnavailable | QuotaExhausted | TouchTaskSubmitted | ValidationError;

/** A page of a TouchTasksSubmitJob's answers, in input order. */
export type TouchTaskSubmitResultConnection = {
  __typename?: 'TouchTaskSubmitResultConnection';
  /** The answers of this page, in input order. */
  edges: Array<TouchTaskSubmitResultEdge>;
  /** Whether another page follows, and its cursor. */
  pageInfo: PageInfo;
};

/** One item's answer in a TouchTasksSubmitJob. */
export type TouchTaskSubmitResultEdge = {
  __typename?: 'TouchTaskSubmitResultEdge';
  /** Pass as `after` for the answers after this one. */
  cursor: Scalars['String']['output'];
  /** The same result the inline mutation answers for this item; its `index` is its place in the input. */
  node: TouchTaskSubmitResult;
  /** The answer was lost, and the job read back from the provider what really happened. */
  reconciled: Scalars['Boolean']['output'];
};

/** TOP accepted the task and created it. */
export type TouchTaskSubmitted = {
  __typename?: 'TouchTaskSubmitted';
  /** Your bizId, as sent. */
  bizId?: Maybe<Scalars['String']['output']>;
  /** Position of the input task (0-based). */
  index: Scalars['Int']['output'];
  /** TOP's task id. */
  taskId: Scalars['ID']['output'];
  /** TOP's request id of the call that created it. */
  traceId: Scalars['String']['output'];
};

/** Outreach tasks to submit to one plan. */
export type TouchTasksSubmitInput = {
  /** Orders this batch among others of the plan (batch_num). */
  batchNum?: InputMaybe<Scalars['String']['input']>;
  /** The plan (plan_id), digits. */
  planId: Scalars['ID']['input'];
  /** Idempotency key of the batch (letters, digits, `-`, `_`; at most 64). Resubmitting with the same key and the same tasks creates nothing twice. When absent the facade makes one and returns it: keep it to resubmit safely. */
  taskUniqueCode?: InputMaybe<Scalars['String']['input']>;
  /** The tasks; each gets one result at the same index. At most 10,000. */
  tasks: Array<TouchTaskInput>;
  /** Ledger billing, if any. */
  useBookInfo?: InputMaybe<UseBookInfoInput>;
};

/** A bulk `touchTasksSubmit`: `results` answers each task as the inline mutation would. Its calls carry task_unique_codes derived from one code made at start, so a call resent after a worker died creates nothing twice. */
export type TouchTasksSubmitJob = BulkJob & {
  __typename?: 'TouchTasksSubmitJob';
  /** Its items by answer so far. */
  counts: BulkJobCounts;
  /** When it was started. */
  createdAt: Scalars['DateTime']['output'];
  /** When the job should be done, from what its provider's quota windows will admit and its pace so far; null once it ended, or before there is anything to go by. */
  estimatedCompletionAt?: Maybe<Scalars['DateTime']['output']>;
  /** Why the facade failed the job (FAILED only). */
  failure?: Maybe<Scalars['String']['output']>;
  /** When every item had its answer (or it was canceled to the end). */
  finishedAt?: Maybe<Scalars['DateTime']['output']>;
  /** The job id: follow it with `bulkJob(id)`. */
  id: Scalars['ID']['output'];
  /** Answers in input order, a page at a time (only item errors with `onlyFailed`). */
  results: TouchTaskSubmitResultConnection;
  /** When its first chunk was sent. */
  startedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Where the job is. */
  state: BulkJobState;
  /** While WAITING_FOR_QUOTA: when the quota admits its next chunk. */
  waitingUntil?: Maybe<Scalars['DateTime']['output']>;
};


/** A bulk `touchTasksSubmit`: `results` answers each task as the inline mutation would. Its calls carry task_unique_codes derived from one code made at start, so a call resent after a worker died creates nothing twice. */
export type TouchTasksSubmitJobResultsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: Scalars['Int']['input'];
  onlyFailed?: Scalars['Boolean']['input'];
};

/** One result per input task, in input order, with counts. */
export type TouchTasksSubmitPayload = BatchPayload & {
  __typename?: 'TouchTasksSubmitPayload';
  /** How many items got an error (`succeeded + failed` = number of input items). */
  failed: Scalars['Int']['output'];
  /** `results[i]` answers `input.tasks[i]`. */
  results: Array<TouchTaskSubmitResult>;
  /** How many items succeeded. */
  succeeded: Scalars['Int']['output'];
  /** The batch's idempotency key (yours, or the one the facade made): resubmit with it after a failure. */
  taskUniqueCode: Scalars['String']['output'];
  /** The providers' trace ids of the calls this batch made, to quote to their support. */
  traceIds: Array<Scalars['String']['output']>;
};

/** Ledger (账本) to bill the tasks to. All three fields together, or none. */
export type UseBookInfoInput = {
  /** Ledger code (book_code). */
  bookCode: Scalars['String']['input'];
  /** Ledger owner's id (book_owner_id), digits. */
  bookOwnerId: Scalars['ID']['input'];
  /** Platform using the ledger (use_platform). */
  usePlatform: Scalars['String']['input'];
};

/** LingXing has no user with this uid (用户不存在). */
export type UserNotFound = ItemError & {
  __typename?: 'UserNotFound';
  /** Machine-readable reason. */
  code: ItemErrorCode;
  /** Position of the input item this error answers (0-based). */
  index: Scalars['Int']['output'];
  /** Human-readable explanation, safe to show to users. */
  message: Scalars['String']['output'];
  /** True when sending this same item again, unchanged, is safe and may succeed (after `retryAfter` where given). */
  retryable: Scalars['Boolean']['output'];
  /** The uid LingXing did not find. */
  uid: Scalars['Int']['output'];
};

/** The item breaks a provider rule; nothing was sent for it. */
export type ValidationError = ItemError & {
  __typename?: 'ValidationError';
  /** Machine-readable reason. */
  code: ItemErrorCode;
  /** Path of the offending input field, e.g. `goals[3].monthlyValues[11]`. */
  field: Scalars['String']['output'];
  /** Position of the input item this error answers (0-based). */
  index: Scalars['Int']['output'];
  /** Human-readable explanation, safe to show to users. */
  message: Scalars['String']['output'];
  /** True when sending this same item again, unchanged, is safe and may succeed (after `retryAfter` where given). */
  retryable: Scalars['Boolean']['output'];
};

export type AccountingRulesSyncJobResultsQueryVariables = Exact<{
  id: Scalars['ID']['input'];
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
  onlyFailed?: InputMaybe<Scalars['Boolean']['input']>;
}>;


export type AccountingRulesSyncJobResultsQuery = { __typename?: 'Query', bulkJob:
    | { __typename: 'AccountingRulesSyncJob', id: string, state: BulkJobState, waitingUntil?: string | null, createdAt: string, startedAt?: string | null, finishedAt?: string | null, failure?: string | null, estimatedCompletionAt?: string | null, results: { __typename?: 'AccountingRuleSyncResultConnection', edges: Array<{ __typename?: 'AccountingRuleSyncResultEdge', cursor: string, reconciled: boolean, node:
            | { __typename: 'AccountingRuleSynced', index: number, ruleCode: string, warnings: Array<string>, bizId: string }
            | { __typename: 'Canceled', index: number, code: ItemErrorCode, message: string, retryable: boolean }
            | { __typename: 'DeadlineExceeded', deadlineMs: number, index: number, code: ItemErrorCode, message: string, retryable: boolean }
            | { __typename: 'OutcomeUnknown', providerTraceId?: string | null, index: number, code: ItemErrorCode, message: string, retryable: boolean }
            | { __typename: 'ProviderRejected', providerCode: string, providerMessage: string, providerTraceId?: string | null, index: number, code: ItemErrorCode, message: string, retryable: boolean }
            | { __typename: 'ProviderUnavailable', index: number, code: ItemErrorCode, message: string, retryable: boolean }
            | { __typename: 'QuotaExhausted', retryAfter: string, index: number, code: ItemErrorCode, message: string, retryable: boolean }
            | { __typename: 'ValidationError', field: string, index: number, code: ItemErrorCode, message: string, retryable: boolean }
           }>, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null } }, counts: { __typename?: 'BulkJobCounts', total: number, settled: number, pending: number, succeeded: number, failed: number, reconciled: number, byOutcome: Array<{ __typename?: 'BulkJobOutcomeCount', type: string, count: number }> } }
    | { __typename: 'GoalsDeleteJob', id: string, state: BulkJobState, waitingUntil?: string | null, createdAt: string, startedAt?: string | null, finishedAt?: string | null, failure?: string | null, estimatedCompletionAt?: string | null, counts: { __typename?: 'BulkJobCounts', total: number, settled: number, pending: number, succeeded: number, failed: number, reconciled: number, byOutcome: Array<{ __typename?: 'BulkJobOutcomeCount', type: string, count: number }> } }
    | { __typename: 'GoalsUpsertJob', id: string, state: BulkJobState, waitingUntil?: string | null, createdAt: string, startedAt?: string | null, finishedAt?: string | null, failure?: string | null, estimatedCompletionAt?: string | null, counts: { __typename?: 'BulkJobCounts', total: number, settled: number, pending: number, succeeded: number, failed: number, reconciled: number, byOutcome: Array<{ __typename?: 'BulkJobOutcomeCount', type: string, count: number }> } }
    | { __typename: 'OpportunitiesUpdateJob', id: string, state: BulkJobState, waitingUntil?: string | null, createdAt: string, startedAt?: string | null, finishedAt?: string | null, failure?: string | null, estimatedCompletionAt?: string | null, counts: { __typename?: 'BulkJobCounts', total: number, settled: number, pending: number, succeeded: number, failed: number, reconciled: number, byOutcome: Array<{ __typename?: 'BulkJobOutcomeCount', type: string, count: number }> } }
    | { __typename: 'TouchTasksSubmitJob', id: string, state: BulkJobState, waitingUntil?: string | null, createdAt: string, startedAt?: string | null, finishedAt?: string | null, failure?: string | null, estimatedCompletionAt?: string | null, counts: { __typename?: 'BulkJobCounts', total: number, settled: number, pending: number, succeeded: number, failed: number, reconciled: number, byOutcome: Array<{ __typename?: 'BulkJobOutcomeCount', type: string, count: number }> } }
   };

export type AccountingRulesSyncJobStartMutationVariables = Exact<{
  input: AccountingRulesSyncInput;
  uploadId?: InputMaybe<Scalars['ID']['input']>;
}>;


export type AccountingRulesSyncJobStartMutation = { __typename?: 'Mutation', accountingRulesSyncJobStart: { __typename: 'AccountingRulesSyncJob', id: string, state: BulkJobState, waitingUntil?: string | null, createdAt: string, startedAt?: string | null, finishedAt?: string | null, failure?: string | null, estimatedCompletionAt?: string | null, counts: { __typename?: 'BulkJobCounts', total: number, settled: number, pending: number, succeeded: number, failed: number, reconciled: number, byOutcome: Array<{ __typename?: 'BulkJobOutcomeCount', type: string, count: number }> } } };

export type AccountingRulesSyncMutationVariables = Exact<{
  input: AccountingRulesSyncInput;
}>;


export type AccountingRulesSyncMutation = { __typename?: 'Mutation', accountingRulesSync: { __typename?: 'AccountingRulesSyncPayload', syncId: string, succeeded: number, failed: number, created: number, updated: number, traceIds: Array<string>, results: Array<
      | { __typename: 'AccountingRuleSynced', index: number, ruleCode: string, warnings: Array<string>, bizId: string }
      | { __typename: 'Canceled', index: number, code: ItemErrorCode, message: string, retryable: boolean }
      | { __typename: 'DeadlineExceeded', deadlineMs: number, index: number, code: ItemErrorCode, message: string, retryable: boolean }
      | { __typename: 'OutcomeUnknown', providerTraceId?: string | null, index: number, code: ItemErrorCode, message: string, retryable: boolean }
      | { __typename: 'ProviderRejected', providerCode: string, providerMessage: string, providerTraceId?: string | null, index: number, code: ItemErrorCode, message: string, retryable: boolean }
      | { __typename: 'ProviderUnavailable', index: number, code: ItemErrorCode, message: string, retryable: boolean }
      | { __typename: 'QuotaExhausted', retryAfter: string, index: number, code: ItemErrorCode, message: string, retryable: boolean }
      | { __typename: 'ValidationError', field: string, index: number, code: ItemErrorCode, message: string, retryable: boolean }
    > } };

export type AccountingRulesQueryVariables = Exact<{
  filter?: InputMaybe<AccountingRuleFilter>;
  page?: InputMaybe<Scalars['Int']['input']>;
  pageSize?: InputMaybe<Scalars['Int']['input']>;
  locale?: InputMaybe<Locale>;
}>;


export type AccountingRulesQuery = { __typename?: 'Query', accountingRules: { __typename?: 'AccountingRulePage', page: number, pageSize: number, totalPages: number, totalCount: number, items: Array<{ __typename?: 'AccountingRule', code: string, structureCode: string, accountEventCode: string, accountCode: string, priority?: number | null, ruleCondition?: Record<string, unknown> | null, deleted: boolean, updatedAt?: string | null }> } };

export type BulkJobCancelMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type BulkJobCancelMutation = { __typename?: 'Mutation', bulkJobCancel:
    | { __typename: 'AccountingRulesSyncJob', id: string, state: BulkJobState, waitingUntil?: string | null, createdAt: string, startedAt?: string | null, finishedAt?: string | null, failure?: string | null, estimatedCompletionAt?: string | null, counts: { __typename?: 'BulkJobCounts', total: number, settled: number, pending: number, succeeded: number, failed: number, reconciled: number, byOutcome: Array<{ __typename?: 'BulkJobOutcomeCount', type: string, count: number }> } }
    | { __typename: 'GoalsDeleteJob', id: string, state: BulkJobState, waitingUntil?: string | null, createdAt: string, startedAt?: string | null, finishedAt?: string | null, failure?: string | null, estimatedCompletionAt?: string | null, counts: { __typename?: 'BulkJobCounts', total: number, settled: number, pending: number, succeeded: number, failed: number, reconciled: number, byOutcome: Array<{ __typename?: 'BulkJobOutcomeCount', type: string, count: number }> } }
    | { __typename: 'GoalsUpsertJob', id: string, state: BulkJobState, waitingUntil?: string | null, createdAt: string, startedAt?: string | null, finishedAt?: string | null, failure?: string | null, estimatedCompletionAt?: string | null, counts: { __typename?: 'BulkJobCounts', total: number, settled: number, pending: number, succeeded: number, failed: number, reconciled: number, byOutcome: Array<{ __typename?: 'BulkJobOutcomeCount', type: string, count: number }> } }
    | { __typename: 'OpportunitiesUpdateJob', id: string, state: BulkJobState, waitingUntil?: string | null, createdAt: string, startedAt?: string | null, finishedAt?: string | null, failure?: string | null, estimatedCompletionAt?: string | null, counts: { __typename?: 'BulkJobCounts', total: number, settled: number, pending: number, succeeded: number, failed: number, reconciled: number, byOutcome: Array<{ __typename?: 'BulkJobOutcomeCount', type: string, count: number }> } }
    | { __typename: 'TouchTasksSubmitJob', id: string, state: BulkJobState, waitingUntil?: string | null, createdAt: string, startedAt?: string | null, finishedAt?: string | null, failure?: string | null, estimatedCompletionAt?: string | null, counts: { __typename?: 'BulkJobCounts', total: number, settled: number, pending: number, succeeded: number, failed: number, reconciled: number, byOutcome: Array<{ __typename?: 'BulkJobOutcomeCount', type: string, count: number }> } }
   };

type BulkJobFields_AccountingRulesSyncJob_Fragment = { __typename: 'AccountingRulesSyncJob', id: string, state: BulkJobState, waitingUntil?: string | null, createdAt: string, startedAt?: string | null, finishedAt?: string | null, failure?: string | null, estimatedCompletionAt?: string | null, counts: { __typename?: 'BulkJobCounts', total: number, settled: number, pending: number, succeeded: number, failed: number, reconciled: number, byOutcome: Array<{ __typename?: 'BulkJobOutcomeCount', type: string, count: number }> } };

type BulkJobFields_GoalsDeleteJob_Fragment = { __typename: 'GoalsDeleteJob', id: string, state: BulkJobState, waitingUntil?: string | null, createdAt: string, startedAt?: string | null, finishedAt?: string | null, failure?: string | null, estimatedCompletionAt?: string | null, counts: { __typename?: 'BulkJobCounts', total: number, settled: number, pending: number, succeeded: number, failed: number, reconciled: number, byOutcome: Array<{ __typename?: 'BulkJobOutcomeCount', type: string, count: number }> } };

type BulkJobFields_GoalsUpsertJob_Fragment = { __typename: 'GoalsUpsertJob', id: string, state: BulkJobState, waitingUntil?: string | null, createdAt: string, startedAt?: string | null, finishedAt?: string | null, failure?: string | null, estimatedCompletionAt?: string | null, counts: { __typename?: 'BulkJobCounts', total: number, settled: number, pending: number, succeeded: number, failed: number, reconciled: number, byOutcome: Array<{ __typename?: 'BulkJobOutcomeCount', type: string, count: number }> } };

type BulkJobFields_OpportunitiesUpdateJob_Fragment = { __typename: 'OpportunitiesUpdateJob', id: string, state: BulkJobState, waitingUntil?: string | null, createdAt: string, startedAt?: string | null, finishedAt?: string | null, failure?: string | null, estimatedCompletionAt?: string | null, counts: { __typename?: 'BulkJobCounts', total: number, settled: number, pending: number, succeeded: number, failed: number, reconciled: number, byOutcome: Array<{ __typename?: 'BulkJobOutcomeCount', type: string, count: number }> } };

type BulkJobFields_TouchTasksSubmitJob_Fragment = { __typename: 'TouchTasksSubmitJob', id: string, state: BulkJobState, waitingUntil?: string | null, createdAt: string, startedAt?: string | null, finishedAt?: string | null, failure?: string | null, estimatedCompletionAt?: string | null, counts: { __typename?: 'BulkJobCounts', total: number, settled: number, pending: number, succeeded: number, failed: number, reconciled: number, byOutcome: Array<{ __typename?: 'BulkJobOutcomeCount', type: string, count: number }> } };

export type BulkJobFieldsFragment =
  | BulkJobFields_AccountingRulesSyncJob_Fragment
  | BulkJobFields_GoalsDeleteJob_Fragment
  | BulkJobFields_GoalsUpsertJob_Fragment
  | BulkJobFields_OpportunitiesUpdateJob_Fragment
  | BulkJobFields_TouchTasksSubmitJob_Fragment
;

export type BulkJobProgressSubscriptionVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type BulkJobProgressSubscription = { __typename?: 'Subscription', bulkJobProgress:
    | { __typename: 'AccountingRulesSyncJob', id: string, state: BulkJobState, waitingUntil?: string | null, createdAt: string, startedAt?: string | null, finishedAt?: string | null, failure?: string | null, estimatedCompletionAt?: string | null, counts: { __typename?: 'BulkJobCounts', total: number, settled: number, pending: number, succeeded: number, failed: number, reconciled: number, byOutcome: Array<{ __typename?: 'BulkJobOutcomeCount', type: string, count: number }> } }
    | { __typename: 'GoalsDeleteJob', id: string, state: BulkJobState, waitingUntil?: string | null, createdAt: string, startedAt?: string | null, finishedAt?: string | null, failure?: string | null, estimatedCompletionAt?: string | null, counts: { __typename?: 'BulkJobCounts', total: number, settled: number, pending: number, succeeded: number, failed: number, reconciled: number, byOutcome: Array<{ __typename?: 'BulkJobOutcomeCount', type: string, count: number }> } }
    | { __typename: 'GoalsUpsertJob', id: string, state: BulkJobState, waitingUntil?: string | null, createdAt: string, startedAt?: string | null, finishedAt?: string | null, failure?: string | null, estimatedCompletionAt?: string | null, counts: { __typename?: 'BulkJobCounts', total: number, settled: number, pending: number, succeeded: number, failed: number, reconciled: number, byOutcome: Array<{ __typename?: 'BulkJobOutcomeCount', type: string, count: number }> } }
    | { __typename: 'OpportunitiesUpdateJob', id: string, state: BulkJobState, waitingUntil?: string | null, createdAt: string, startedAt?: string | null, finishedAt?: string | null, failure?: string | null, estimatedCompletionAt?: string | null, counts: { __typename?: 'BulkJobCounts', total: number, settled: number, pending: number, succeeded: number, failed: number, reconciled: number, byOutcome: Array<{ __typename?: 'BulkJobOutcomeCount', type: string, count: number }> } }
    | { __typename: 'TouchTasksSubmitJob', id: string, state: BulkJobState, waitingUntil?: string | null, createdAt: string, startedAt?: string | null, finishedAt?: string | null, failure?: string | null, estimatedCompletionAt?: string | null, counts: { __typename?: 'BulkJobCounts', total: number, settled: number, pending: number, succeeded: number, failed: number, reconciled: number, byOutcome: Array<{ __typename?: 'BulkJobOutcomeCount', type: string, count: number }> } }
   };

export type BulkJobQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type BulkJobQuery = { __typename?: 'Query', bulkJob:
    | { __typename: 'AccountingRulesSyncJob', id: string, state: BulkJobState, waitingUntil?: string | null, createdAt: string, startedAt?: string | null, finishedAt?: string | null, failure?: string | null, estimatedCompletionAt?: string | null, counts: { __typename?: 'BulkJobCounts', total: number, settled: number, pending: number, succeeded: number, failed: number, reconciled: number, byOutcome: Array<{ __typename?: 'BulkJobOutcomeCount', type: string, count: number }> } }
    | { __typename: 'GoalsDeleteJob', id: string, state: BulkJobState, waitingUntil?: string | null, createdAt: string, startedAt?: string | null, finishedAt?: string | null, failure?: string | null, estimatedCompletionAt?: string | null, counts: { __typename?: 'BulkJobCounts', total: number, settled: number, pending: number, succeeded: number, failed: number, reconciled: number, byOutcome: Array<{ __typename?: 'BulkJobOutcomeCount', type: string, count: number }> } }
    | { __typename: 'GoalsUpsertJob', id: string, state: BulkJobState, waitingUntil?: string | null, createdAt: string, startedAt?: string | null, finishedAt?: string | null, failure?: string | null, estimatedCompletionAt?: string | null, counts: { __typename?: 'BulkJobCounts', total: number, settled: number, pending: number, succeeded: number, failed: number, reconciled: number, byOutcome: Array<{ __typename?: 'BulkJobOutcomeCount', type: string, count: number }> } }
    | { __typename: 'OpportunitiesUpdateJob', id: string, state: BulkJobState, waitingUntil?: string | null, createdAt: string, startedAt?: string | null, finishedAt?: string | null, failure?: string | null, estimatedCompletionAt?: string | null, counts: { __typename?: 'BulkJobCounts', total: number, settled: number, pending: number, succeeded: number, failed: number, reconciled: number, byOutcome: Array<{ __typename?: 'BulkJobOutcomeCount', type: string, count: number }> } }
    | { __typename: 'TouchTasksSubmitJob', id: string, state: BulkJobState, waitingUntil?: string | null, createdAt: string, startedAt?: string | null, finishedAt?: string | null, failure?: string | null, estimatedCompletionAt?: string | null, counts: { __typename?: 'BulkJobCounts', total: number, settled: number, pending: number, succeeded: number, failed: number, reconciled: number, byOutcome: Array<{ __typename?: 'BulkJobOutcomeCount', type: string, count: number }> } }
   };

export type BulkJobsQueryVariables = Exact<{
  filter?: InputMaybe<BulkJobFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type BulkJobsQuery = { __typename?: 'Query', bulkJobs: { __typename?: 'BulkJobConnection', edges: Array<{ __typename?: 'BulkJobEdge', cursor: string, node:
        | { __typename: 'AccountingRulesSyncJob', id: string, state: BulkJobState, waitingUntil?: string | null, createdAt: string, startedAt?: string | null, finishedAt?: string | null, failure?: string | null, estimatedCompletionAt?: string | null, counts: { __typename?: 'BulkJobCounts', total: number, settled: number, pending: number, succeeded: number, failed: number, reconciled: number, byOutcome: Array<{ __typename?: 'BulkJobOutcomeCount', type: string, count: number }> } }
        | { __typename: 'GoalsDeleteJob', id: string, state: BulkJobState, waitingUntil?: string | null, createdAt: string, startedAt?: string | null, finishedAt?: string | null, failure?: string | null, estimatedCompletionAt?: string | null, counts: { __typename?: 'BulkJobCounts', total: number, settled: number, pending: number, succeeded: number, failed: number, reconciled: number, byOutcome: Array<{ __typename?: 'BulkJobOutcomeCount', type: string, count: number }> } }
        | { __typename: 'GoalsUpsertJob', id: string, state: BulkJobState, waitingUntil?: string | null, createdAt: string, startedAt?: string | null, finishedAt?: string | null, failure?: string | null, estimatedCompletionAt?: string | null, counts: { __typename?: 'BulkJobCounts', total: number, settled: number, pending: number, succeeded: number, failed: number, reconciled: number, byOutcome: Array<{ __typename?: 'BulkJobOutcomeCount', type: string, count: number }> } }
        | { __typename: 'OpportunitiesUpdateJob', id: string, state: BulkJobState, waitingUntil?: string | null, createdAt: string, startedAt?: string | null, finishedAt?: string | null, failure?: string | null, estimatedCompletionAt?: string | null, counts: { __typename?: 'BulkJobCounts', total: number, settled: number, pending: number, succeeded: number, failed: number, reconciled: number, byOutcome: Array<{ __typename?: 'BulkJobOutcomeCount', type: string, count: number }> } }
        | { __typename: 'TouchTasksSubmitJob', id: string, state: BulkJobState, waitingUntil?: string | null, createdAt: string, startedAt?: string | null, finishedAt?: string | null, failure?: string | null, estimatedCompletionAt?: string | null, counts: { __typename?: 'BulkJobCounts', total: number, settled: number, pending: number, succeeded: number, failed: number, reconciled: number, byOutcome: Array<{ __typename?: 'BulkJobOutcomeCount', type: string, count: number }> } }
       }>, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null } } };

export type GoalsDeleteJobResultsQueryVariables = Exact<{
  id: Scalars['ID']['input'];
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
  onlyFailed?: InputMaybe<Scalars['Boolean']['input']>;
}>;


export type GoalsDeleteJobResultsQuery = { __typename?: 'Query', bulkJob:
    | { __typename: 'AccountingRulesSyncJob', id: string, state: BulkJobState, waitingUntil?: string | null, createdAt: string, startedAt?: string | null, finishedAt?: string | null, failure?: string | null, estimatedCompletionAt?: string | null, counts: { __typename?: 'BulkJobCounts', total: number, settled: number, pending: number, succeeded: number, failed: number, reconciled: number, byOutcome: Array<{ __typename?: 'BulkJobOutcomeCount', type: string, count: number }> } }
    | { __typename: 'GoalsDeleteJob', id: string, state: BulkJobState, waitingUntil?: string | null, createdAt: string, startedAt?: string | null, finishedAt?: string | null, failure?: string | null, estimatedCompletionAt?: string | null, results: { __typename?: 'GoalDeleteResultConnection', edges: Array<{ __typename?: 'GoalDeleteResultEdge', cursor: string, reconciled: boolean, node:
            | { __typename: 'Canceled', index: number, code: ItemErrorCode, message: string, retryable: boolean }
            | { __typename: 'DeadlineExceeded', deadlineMs: number, index: number, code: ItemErrorCode, message: string, retryable: boolean }
            | { __typename: 'GoalDeleted', index: number, uid: number, traceId: string }
            | { __typename: 'OutcomeUnknown', providerTraceId?: string | null, index: number, code: ItemErrorCode, message: string, retryable: boolean }
            | { __typename: 'ProviderRejected', providerCode: string, providerMessage: string, providerTraceId?: string | null, index: number, code: ItemErrorCode, message: string, retryable: boolean }
            | { __typename: 'ProviderUnavailable', index: number, code: ItemErrorCode, message: string, retryable: boolean }
            | { __typename: 'QuotaExhausted', retryAfter: string, index: number, code: ItemErrorCode, message: string, retryable: boolean }
            | { __typename: 'ValidationError', field: string, index: number, code: ItemErrorCode, message: string, retryable: boolean }
           }>, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null } }, counts: { __typename?: 'BulkJobCounts', total: number, settled: number, pending: number, succeeded: number, failed: number, reconciled: number, byOutcome: Array<{ __typename?: 'BulkJobOutcomeCount', type: string, count: number }> } }
    | { __typename: 'GoalsUpsertJob', id: string, state: BulkJobState, waitingUntil?: string | null, createdAt: string, startedAt?: string | null, finishedAt?: string | null, failure?: string | null, estimatedCompletionAt?: string | null, counts: { __typename?: 'BulkJobCounts', total: number, settled: number, pending: number, succeeded: number, failed: number, reconciled: number, byOutcome: Array<{ __typename?: 'BulkJobOutcomeCount', type: string, count: number }> } }
    | { __typename: 'OpportunitiesUpdateJob', id: string, state: BulkJobState, waitingUntil?: string | null, createdAt: string, startedAt?: string | null, finishedAt?: string | null, failure?: string | null, estimatedCompletionAt?: string | null, counts: { __typename?: 'BulkJobCounts', total: number, settled: number, pending: number, succeeded: number, failed: number, reconciled: number, byOutcome: Array<{ __typename?: 'BulkJobOutcomeCount', type: string, count: number }> } }
    | { __typename: 'TouchTasksSubmitJob', id: string, state: BulkJobState, waitingUntil?: string | null, createdAt: string, startedAt?: string | null, finishedAt?: string | null, failure?: string | null, estimatedCompletionAt?: string | null, counts: { __typename?: 'BulkJobCounts', total: number, settled: number, pending: number, succeeded: number, failed: number, reconciled: number, byOutcome: Array<{ __typename?: 'BulkJobOutcomeCount', type: string, count: number }> } }
   };

export type GoalsDeleteJobStartMutationVariables = Exact<{
  input: GoalsDeleteInput;
  uploadId?: InputMaybe<Scalars['ID']['input']>;
}>;


export type GoalsDeleteJobStartMutation = { __typename?: 'Mutation', goalsDeleteJobStart: { __typename: 'GoalsDeleteJob', id: string, state: BulkJobState, waitingUntil?: string | null, createdAt: string, startedAt?: string | null, finishedAt?: string | null, failure?: string | null, estimatedCompletionAt?: string | null, counts: { __typename?: 'BulkJobCounts', total: number, settled: number, pending: number, succeeded: number, failed: number, reconciled: number, byOutcome: Array<{ __typename?: 'BulkJobOutcomeCount', type: string, count: number }> } } };

export type GoalsDeleteMutationVariables = Exact<{
  input: GoalsDeleteInput;
}>;


export type GoalsDeleteMutation = { __typename?: 'Mutation', goalsDelete: { __typename?: 'GoalsDeletePayload', succeeded: number, failed: number, deletedCount: number, traceIds: Array<string>, results: Array<
      | { __typename: 'Canceled', index: number, code: ItemErrorCode, message: string, retryable: boolean }
      | { __typename: 'DeadlineExceeded', deadlineMs: number, index: number, code: ItemErrorCode, message: string, retryable: boolean }
      | { __typename: 'GoalDeleted', index: number, uid: number, traceId: string }
      | { __typename: 'OutcomeUnknown', providerTraceId?: string | null, index: number, code: ItemErrorCode, message: string, retryable: boolean }
      | { __typename: 'ProviderRejected', providerCode: string, providerMessage: string, providerTraceId?: string | null, index: number, code: ItemErrorCode, message: string, retryable: boolean }
      | { __typename: 'ProviderUnavailable', index: number, code: ItemErrorCode, message: string, retryable: boolean }
      | { __typename: 'QuotaExhausted', retryAfter: string, index: number, code: ItemErrorCode, message: string, retryable: boolean }
      | { __typename: 'ValidationError', field: string, index: number, code: ItemErrorCode, message: string, retryable: boolean }
    > } };

export type GoalsUpsertJobResultsQueryVariables = Exact<{
  id: Scalars['ID']['input'];
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
  onlyFailed?: InputMaybe<Scalars['Boolean']['input']>;
}>;


export type GoalsUpsertJobResultsQuery = { __typename?: 'Query', bulkJob:
    | { __typename: 'AccountingRulesSyncJob', id: string, state: BulkJobState, waitingUntil?: string | null, createdAt: string, startedAt?: string | null, finishedAt?: string | null, failure?: string | null, estimatedCompletionAt?: string | null, counts: { __typename?: 'BulkJobCounts', total: number, settled: number, pending: number, succeeded: number, failed: number, reconciled: number, byOutcome: Array<{ __typename?: 'BulkJobOutcomeCount', type: string, count: number }> } }
    | { __typename: 'GoalsDeleteJob', id: string, state: BulkJobState, waitingUntil?: string | null, createdAt: string, startedAt?: string | null, finishedAt?: string | null, failure?: string | null, estimatedCompletionAt?: string | null, counts: { __typename?: 'BulkJobCounts', total: number, settled: number, pending: number, succeeded: number, failed: number, reconciled: number, byOutcome: Array<{ __typename?: 'BulkJobOutcomeCount', type: string, count: number }> } }
    | { __typename: 'GoalsUpsertJob', id: string, state: BulkJobState, waitingUntil?: string | null, createdAt: string, startedAt?: string | null, finishedAt?: string | null, failure?: string | null, estimatedCompletionAt?: string | null, results: { __typename?: 'GoalUpsertResultConnection', edges: Array<{ __typename?: 'GoalUpsertResultEdge', cursor: string, reconciled: boolean, node:
            | { __typename: 'Canceled', index: number, code: ItemErrorCode, message: string, retryable: boolean }
            | { __typename: 'DeadlineExceeded', deadlineMs: number, index: number, code: ItemErrorCode, message: string, retryable: boolean }
            | { __typename: 'GoalAlreadyExists', uid: number, index: number, code: ItemErrorCode, message: string, retryable: boolean }
            | { __typename: 'GoalWritten', index: number, uid: number, traceId: string }
            | { __typename: 'OutcomeUnknown', providerTraceId?: string | null, index: number, code: ItemErrorCode, message: string, retryable: boolean }
            | { __typename: 'ProviderRejected', providerCode: string, providerMessage: string, providerTraceId?: string | null, index: number, code: ItemErrorCode, message: string, retryable: boolean }
            | { __typename: 'ProviderUnavailable', index: number, code: ItemErrorCode, message: string, retryable: boolean }
            | { __typename: 'QuotaExhausted', retryAfter: string, index: number, code: ItemErrorCode, message: string, retryable: boolean }
            | { __typename: 'UserNotFound', uid: number, index: number, code: ItemErrorCode, message: string, retryable: boolean }
            | { __typename: 'ValidationError', field: string, index: number, code: ItemErrorCode, message: string, retryable: boolean }
           }>, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null } }, counts: { __typename?: 'BulkJobCounts', total: number, settled: number, pending: number, succeeded: number, failed: number, reconciled: number, byOutcome: Array<{ __typename?: 'BulkJobOutcomeCount', type: string, count: number }> } }
    | { __typename: 'OpportunitiesUpdateJob', id: string, state: BulkJobState, waitingUntil?: string | null, createdAt: string, startedAt?: string | null, finishedAt?: string | null, failure?: string | null, estimatedCompletionAt?: string | null, counts: { __typename?: 'BulkJobCounts', total: number, settled: number, pending: number, succeeded: number, failed: number, reconciled: number, byOutcome: Array<{ __typename?: 'BulkJobOutcomeCount', type: string, count: number }> } }
    | { __typename: 'TouchTasksSubmitJob', id: string, state: BulkJobState, waitingUntil?: string | null, createdAt: string, startedAt?: string | null, finishedAt?: string | null, failure?: string | null, estimatedCompletionAt?: string | null, counts: { __typename?: 'BulkJobCounts', total: number, settled: number, pending: number, succeeded: number, failed: number, reconciled: number, byOutcome: Array<{ __typename?: 'BulkJobOutcomeCount', type: string, count: number }> } }
   };

export type GoalsUpsertJobStartMutationVariables = Exact<{
  input: GoalsUpsertInput;
  uploadId?: InputMaybe<Scalars['ID']['input']>;
}>;


export type GoalsUpsertJobStartMutation = { __typename?: 'Mutation', goalsUpsertJobStart: { __typename: 'GoalsUpsertJob', id: string, state: BulkJobState, waitingUntil?: string | null, createdAt: string, startedAt?: string | null, finishedAt?: string | null, failure?: string | null, estimatedCompletionAt?: string | null, counts: { __typename?: 'BulkJobCounts', total: number, settled: number, pending: number, succeeded: number, failed: number, reconciled: number, byOutcome: Array<{ __typename?: 'BulkJobOutcomeCount', type: string, count: number }> } } };

export type GoalsUpsertMutationVariables = Exact<{
  input: GoalsUpsertInput;
}>;


export type GoalsUpsertMutation = { __typename?: 'Mutation', goalsUpsert: { __typename?: 'GoalsUpsertPayload', succeeded: number, failed: number, traceIds: Array<string>, results: Array<
      | { __typename: 'Canceled', index: number, code: ItemErrorCode, message: string, retryable: boolean }
      | { __typename: 'DeadlineExceeded', deadlineMs: number, index: number, code: ItemErrorCode, message: string, retryable: boolean }
      | { __typename: 'GoalAlreadyExists', uid: number, index: number, code: ItemErrorCode, message: string, retryable: boolean }
      | { __typename: 'GoalWritten', index: number, uid: number, traceId: string }
      | { __typename: 'OutcomeUnknown', providerTraceId?: string | null, index: number, code: ItemErrorCode, message: string, retryable: boolean }
      | { __typename: 'ProviderRejected', providerCode: string, providerMessage: string, providerTraceId?: string | null, index: number, code: ItemErrorCode, message: string, retryable: boolean }
      | { __typename: 'ProviderUnavailable', index: number, code: ItemErrorCode, message: string, retryable: boolean }
      | { __typename: 'QuotaExhausted', retryAfter: string, index: number, code: ItemErrorCode, message: string, retryable: boolean }
      | { __typename: 'UserNotFound', uid: number, index: number, code: ItemErrorCode, message: string, retryable: boolean }
      | { __typename: 'ValidationError', field: string, index: number, code: ItemErrorCode, message: string, retryable: boolean }
    > } };

export type GoalsQueryVariables = Exact<{
  year: Scalars['Int']['input'];
  assessType: AssessType;
  uids?: InputMaybe<Array<Scalars['Int']['input']> | Scalars['Int']['input']>;
}>;


export type GoalsQuery = { __typename?: 'Query', goals: Array<{ __typename?: 'Goal', uid: number, realName?: string | null, organizations: Array<string>, year: number, assessType: AssessType, currency?: CurrencyCode | null, monthlyGoals: Array<number>, monthlyActuals: Array<number>, monthlyCompletionRates: Array<number>, yearGoal: number, yearActual: number, yearCompletion: number, createdAt?: string | null, updatedAt?: string | null }> };

type ItemErrorFields_Canceled_Fragment = { __typename?: 'Canceled', index: number, code: ItemErrorCode, message: string, retryable: boolean };

type ItemErrorFields_DeadlineExceeded_Fragment = { __typename?: 'DeadlineExceeded', deadlineMs: number, index: number, code: ItemErrorCode, message: string, retryable: boolean };

type ItemErrorFields_GoalAlreadyExists_Fragment = { __typename?: 'GoalAlreadyExists', index: number, code: ItemErrorCode, message: string, retryable: boolean };

type ItemErrorFields_InvalidConfidence_Fragment = { __typename?: 'InvalidConfidence', index: number, code: ItemErrorCode, message: string, retryable: boolean };

type ItemErrorFields_InvalidStage_Fragment = { __typename?: 'InvalidStage', index: number, code: ItemErrorCode, message: string, retryable: boolean };

type ItemErrorFields_OpportunityNotFound_Fragment = { __typename?: 'OpportunityNotFound', index: number, code: ItemErrorCode, message: string, retryable: boolean };

type ItemErrorFields_OutcomeUnknown_Fragment = { __typename?: 'OutcomeUnknown', providerTraceId?: string | null, index: number, code: ItemErrorCode, message: string, retryable: boolean };

type ItemErrorFields_ProviderRejected_Fragment = { __typename?: 'ProviderRejected', providerCode: string, providerMessage: string, providerTraceId?: string | null, index: number, code: ItemErrorCode, message: string, retryable: boolean };

type ItemErrorFields_ProviderUnavailable_Fragment = { __typename?: 'ProviderUnavailable', index: number, code: ItemErrorCode, message: string, retryable: boolean };

type ItemErrorFields_QuotaExhausted_Fragment = { __typename?: 'QuotaExhausted', retryAfter: string, index: number, code: ItemErrorCode, message: string, retryable: boolean };

type ItemErrorFields_UserNotFound_Fragment = { __typename?: 'UserNotFound', index: number, code: ItemErrorCode, message: string, retryable: boolean };

type ItemErrorFields_ValidationError_Fragment = { __typename?: 'ValidationError', field: string, index: number, code: ItemErrorCode, message: string, retryable: boolean };

export type ItemErrorFieldsFragment =
  | ItemErrorFields_Canceled_Fragment
  | ItemErrorFields_DeadlineExceeded_Fragment
  | ItemErrorFields_GoalAlreadyExists_Fragment
  | ItemErrorFields_InvalidConfidence_Fragment
  | ItemErrorFields_InvalidStage_Fragment
  | ItemErrorFields_OpportunityNotFound_Fragment
  | ItemErrorFields_OutcomeUnknown_Fragment
  | ItemErrorFields_ProviderRejected_Fragment
  | ItemErrorFields_ProviderUnavailable_Fragment
  | ItemErrorFields_QuotaExhausted_Fragment
  | ItemErrorFields_UserNotFound_Fragment
  | ItemErrorFields_ValidationError_Fragment
;

export type OpportunitiesUpdateJobResultsQueryVariables = Exact<{
  id: Scalars['ID']['input'];
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
  onlyFailed?: InputMaybe<Scalars['Boolean']['input']>;
}>;


export type OpportunitiesUpdateJobResultsQuery = { __typename?: 'Query', bulkJob:
    | { __typename: 'AccountingRulesSyncJob', id: string, state: BulkJobState, waitingUntil?: string | null, createdAt: string, startedAt?: string | null, finishedAt?: string | null, failure?: string | null, estimatedCompletionAt?: string | null, counts: { __typename?: 'BulkJobCounts', total: number, settled: number, pending: number, succeeded: number, failed: number, reconciled: number, byOutcome: Array<{ __typename?: 'BulkJobOutcomeCount', type: string, count: number }> } }
    | { __typename: 'GoalsDeleteJob', id: string, state: BulkJobState, waitingUntil?: string | null, createdAt: string, startedAt?: string | null, finishedAt?: string | null, failure?: string | null, estimatedCompletionAt?: string | null, counts: { __typename?: 'BulkJobCounts', total: number, settled: number, pending: number, succeeded: number, failed: number, reconciled: number, byOutcome: Array<{ __typename?: 'BulkJobOutcomeCount', type: string, count: number }> } }
    | { __typename: 'GoalsUpsertJob', id: string, state: BulkJobState, waitingUntil?: string | null, createdAt: string, startedAt?: string | null, finishedAt?: string | null, failure?: string | null, estimatedCompletionAt?: string | null, counts: { __typename?: 'BulkJobCounts', total: number, settled: number, pending: number, succeeded: number, failed: number, reconciled: number, byOutcome: Array<{ __typename?: 'BulkJobOutcomeCount', type: string, count: number }> } }
    | { __typename: 'OpportunitiesUpdateJob', id: string, state: BulkJobState, waitingUntil?: string | null, createdAt: string, startedAt?: string | null, finishedAt?: string | null, failure?: string | null, estimatedCompletionAt?: string | null, results: { __typename?: 'OpportunityUpdateResultConnection', edges: Array<{ __typename?: 'OpportunityUpdateResultEdge', cursor: string, reconciled: boolean, node:
            | { __typename: 'Canceled', index: number, code: ItemErrorCode, message: string, retryable: boolean }
            | { __typename: 'DeadlineExceeded', deadlineMs: number, index: number, code: ItemErrorCode, message: string, retryable: boolean }
            | { __typename: 'InvalidConfidence', index: number, code: ItemErrorCode, message: string, retryable: boolean }
            | { __typename: 'InvalidStage', stage: string, index: number, code: ItemErrorCode, message: string, retryable: boolean }
            | { __typename: 'OpportunityNotFound', opportunityCode: string, index: number, code: ItemErrorCode, message: string, retryable: boolean }
            | { __typename: 'OpportunityUpdated', index: number, opportunityCode: string, id: string, changedFields: Array<string> }
            | { __typename: 'OutcomeUnknown', providerTraceId?: string | null, index: number, code: ItemErrorCode, message: string, retryable: boolean }
            | { __typename: 'ProviderRejected', providerCode: string, providerMessage: string, providerTraceId?: string | null, index: number, code: ItemErrorCode, message: string, retryable: boolean }
            | { __typename: 'ProviderUnavailable', index: number, code: ItemErrorCode, message: string, retryable: boolean }
            | { __typename: 'QuotaExhausted', retryAfter: string, index: number, code: ItemErrorCode, message: string, retryable: boolean }
            | { __typename: 'ValidationError', field: string, index: number, code: ItemErrorCode, message: string, retryable: boolean }
           }>, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null } }, counts: { __typename?: 'BulkJobCounts', total: number, settled: number, pending: number, succeeded: number, failed: number, reconciled: number, byOutcome: Array<{ __typename?: 'BulkJobOutcomeCount', type: string, count: number }> } }
    | { __typename: 'TouchTasksSubmitJob', id: string, state: BulkJobState, waitingUntil?: string | null, createdAt: string, startedAt?: string | null, finishedAt?: string | null, failure?: string | null, estimatedCompletionAt?: string | null, counts: { __typename?: 'BulkJobCounts', total: number, settled: number, pending: number, succeeded: number, failed: number, reconciled: number, byOutcome: Array<{ __typename?: 'BulkJobOutcomeCount', type: string, count: number }> } }
   };

export type OpportunitiesUpdateJobStartMutationVariables = Exact<{
  input: OpportunitiesUpdateInput;
  uploadId?: InputMaybe<Scalars['ID']['input']>;
}>;


export type OpportunitiesUpdateJobStartMutation = { __typename?: 'Mutation', opportunitiesUpdateJobStart: { __typename: 'OpportunitiesUpdateJob', id: string, state: BulkJobState, waitingUntil?: string | null, createdAt: string, startedAt?: string | null, finishedAt?: string | null, failure?: string | null, estimatedCompletionAt?: string | null, counts: { __typename?: 'BulkJobCounts', total: number, settled: number, pending: number, succeeded: number, failed: number, reconciled: number, byOutcome: Array<{ __typename?: 'BulkJobOutcomeCount', type: string, count: number }> } } };

export type OpportunitiesUpdateMutationVariables = Exact<{
  input: OpportunitiesUpdateInput;
}>;


export type OpportunitiesUpdateMutation = { __typename?: 'Mutation', opportunitiesUpdate: { __typename?: 'OpportunitiesUpdatePayload', succeeded: number, failed: number, results: Array<
      | { __typename: 'Canceled', index: number, code: ItemErrorCode, message: string, retryable: boolean }
      | { __typename: 'DeadlineExceeded', deadlineMs: number, index: number, code: ItemErrorCode, message: string, retryable: boolean }
      | { __typename: 'InvalidConfidence', index: number, code: ItemErrorCode, message: string, retryable: boolean }
      | { __typename: 'InvalidStage', stage: string, index: number, code: ItemErrorCode, message: string, retryable: boolean }
      | { __typename: 'OpportunityNotFound', opportunityCode: string, index: number, code: ItemErrorCode, message: string, retryable: boolean }
      | { __typename: 'OpportunityUpdated', index: number, opportunityCode: string, id: string, changedFields: Array<string> }
      | { __typename: 'OutcomeUnknown', providerTraceId?: string | null, index: number, code: ItemErrorCode, message: string, retryable: boolean }
      | { __typename: 'ProviderRejected', providerCode: string, providerMessage: string, providerTraceId?: string | null, index: number, code: ItemErrorCode, message: string, retryable: boolean }
      | { __typename: 'ProviderUnavailable', index: number, code: ItemErrorCode, message: string, retryable: boolean }
      | { __typename: 'QuotaExhausted', retryAfter: string, index: number, code: ItemErrorCode, message: string, retryable: boolean }
      | { __typename: 'ValidationError', field: string, index: number, code: ItemErrorCode, message: string, retryable: boolean }
    > } };

export type OpportunityUpdateMutationVariables = Exact<{
  input: OpportunityUpdateInput;
}>;


export type OpportunityUpdateMutation = { __typename?: 'Mutation', opportunityUpdate:
    | { __typename: 'Canceled', index: number, code: ItemErrorCode, message: string, retryable: boolean }
    | { __typename: 'DeadlineExceeded', deadlineMs: number, index: number, code: ItemErrorCode, message: string, retryable: boolean }
    | { __typename: 'InvalidConfidence', index: number, code: ItemErrorCode, message: string, retryable: boolean }
    | { __typename: 'InvalidStage', stage: string, index: number, code: ItemErrorCode, message: string, retryable: boolean }
    | { __typename: 'OpportunityNotFound', opportunityCode: string, index: number, code: ItemErrorCode, message: string, retryable: boolean }
    | { __typename: 'OpportunityUpdated', index: number, opportunityCode: string, id: string, changedFields: Array<string> }
    | { __typename: 'OutcomeUnknown', providerTraceId?: string | null, index: number, code: ItemErrorCode, message: string, retryable: boolean }
    | { __typename: 'ProviderRejected', providerCode: string, providerMessage: string, providerTraceId?: string | null, index: number, code: ItemErrorCode, message: string, retryable: boolean }
    | { __typename: 'ProviderUnavailable', index: number, code: ItemErrorCode, message: string, retryable: boolean }
    | { __typename: 'QuotaExhausted', retryAfter: string, index: number, code: ItemErrorCode, message: string, retryable: boolean }
    | { __typename: 'ValidationError', field: string, index: number, code: ItemErrorCode, message: string, retryable: boolean }
   };

export type ProviderQuotasQueryVariables = Exact<{ [key: string]: never; }>;


export type ProviderQuotasQuery = { __typename?: 'Query', providerQuotas: Array<{ __typename?: 'ProviderQuota', provider: Provider, ledger: QuotaLedger, waiting: number, jobChunksWaiting: number, bannedUntil?: string | null, reads: { __typename?: 'ProviderReads', providerCalls: number, cacheHits: number, shared: number, callsSaved: number, savedRatio: number }, limits: Array<{ __typename?: 'QuotaLimit', appliesTo: string, kind: QuotaLimitKind, capacity: number, periodSeconds: number, used: number, remaining: number, nextFreeAt?: string | null, resetsAt?: string | null }> }> };

export type TouchTasksSubmitJobResultsQueryVariables = Exact<{
  id: Scalars['ID']['input'];
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
  onlyFailed?: InputMaybe<Scalars['Boolean']['input']>;
}>;


export type TouchTasksSubmitJobResultsQuery = { __typename?: 'Query', bulkJob:
    | { __typename: 'AccountingRulesSyncJob', id: string, state: BulkJobState, waitingUntil?: string | null, createdAt: string, startedAt?: string | null, finishedAt?: string | null, failure?: string | null, estimatedCompletionAt?: string | null, counts: { __typename?: 'BulkJobCounts', total: number, settled: number, pending: number, succeeded: number, failed: number, reconciled: number, byOutcome: Array<{ __typename?: 'BulkJobOutcomeCount', type: string, count: number }> } }
    | { __typename: 'GoalsDeleteJob', id: string, state: BulkJobState, waitingUntil?: string | null, createdAt: string, startedAt?: string | null, finishedAt?: string | null, failure?: string | null, estimatedCompletionAt?: string | null, counts: { __typename?: 'BulkJobCounts', total: number, settled: number, pending: number, succeeded: number, failed: number, reconciled: number, byOutcome: Array<{ __typename?: 'BulkJobOutcomeCount', type: string, count: number }> } }
    | { __typename: 'GoalsUpsertJob', id: string, state: BulkJobState, waitingUntil?: string | null, createdAt: string, startedAt?: string | null, finishedAt?: string | null, failure?: string | null, estimatedCompletionAt?: string | null, counts: { __typename?: 'BulkJobCounts', total: number, settled: number, pending: number, succeeded: number, failed: number, reconciled: number, byOutcome: Array<{ __typename?: 'BulkJobOutcomeCount', type: string, count: number }> } }
    | { __typename: 'OpportunitiesUpdateJob', id: string, state: BulkJobState, waitingUntil?: string | null, createdAt: string, startedAt?: string | null, finishedAt?: string | null, failure?: string | null, estimatedCompletionAt?: string | null, counts: { __typename?: 'BulkJobCounts', total: number, settled: number, pending: number, succeeded: number, failed: number, reconciled: number, byOutcome: Array<{ __typename?: 'BulkJobOutcomeCount', type: string, count: number }> } }
    | { __typename: 'TouchTasksSubmitJob', id: string, state: BulkJobState, waitingUntil?: string | null, createdAt: string, startedAt?: string | null, finishedAt?: string | null, failure?: string | null, estimatedCompletionAt?: string | null, results: { __typename?: 'TouchTaskSubmitResultConnection', edges: Array<{ __typename?: 'TouchTaskSubmitResultEdge', cursor: string, reconciled: boolean, node:
            | { __typename: 'Canceled', index: number, code: ItemErrorCode, message: string, retryable: boolean }
            | { __typename: 'DeadlineExceeded', deadlineMs: number, index: number, code: ItemErrorCode, message: string, retryable: boolean }
            | { __typename: 'OutcomeUnknown', providerTraceId?: string | null, index: number, code: ItemErrorCode, message: string, retryable: boolean }
            | { __typename: 'ProviderRejected', providerCode: string, providerMessage: string, providerTraceId?: string | null, index: number, code: ItemErrorCode, message: string, retryable: boolean }
            | { __typename: 'ProviderUnavailable', index: number, code: ItemErrorCode, message: string, retryable: boolean }
            | { __typename: 'QuotaExhausted', retryAfter: string, index: number, code: ItemErrorCode, message: string, retryable: boolean }
            | { __typename: 'TouchTaskSubmitted', index: number, taskId: string, bizId?: string | null, traceId: string }
            | { __typename: 'ValidationError', field: string, index: number, code: ItemErrorCode, message: string, retryable: boolean }
           }>, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null } }, counts: { __typename?: 'BulkJobCounts', total: number, settled: number, pending: number, succeeded: number, failed: number, reconciled: number, byOutcome: Array<{ __typename?: 'BulkJobOutcomeCount', type: string, count: number }> } }
   };

export type TouchTasksSubmitJobStartMutationVariables = Exact<{
  input: TouchTasksSubmitInput;
  uploadId?: InputMaybe<Scalars['ID']['input']>;
}>;


export type TouchTasksSubmitJobStartMutation = { __typename?: 'Mutation', touchTasksSubmitJobStart: { __typename: 'TouchTasksSubmitJob', id: string, state: BulkJobState, waitingUntil?: string | null, createdAt: string, startedAt?: string | null, finishedAt?: string | null, failure?: string | null, estimatedCompletionAt?: string | null, counts: { __typename?: 'BulkJobCounts', total: number, settled: number, pending: number, succeeded: number, failed: number, reconciled: number, byOutcome: Array<{ __typename?: 'BulkJobOutcomeCount', type: string, count: number }> } } };

export type TouchTasksSubmitMutationVariables = Exact<{
  input: TouchTasksSubmitInput;
}>;


export type TouchTasksSubmitMutation = { __typename?: 'Mutation', touchTasksSubmit: { __typename?: 'TouchTasksSubmitPayload', taskUniqueCode: string, succeeded: number, failed: number, traceIds: Array<string>, results: Array<
      | { __typename: 'Canceled', index: number, code: ItemErrorCode, message: string, retryable: boolean }
      | { __typename: 'DeadlineExceeded', deadlineMs: number, index: number, code: ItemErrorCode, message: string, retryable: boolean }
      | { __typename: 'OutcomeUnknown', providerTraceId?: string | null, index: number, code: ItemErrorCode, message: string, retryable: boolean }
      | { __typename: 'ProviderRejected', providerCode: string, providerMessage: string, providerTraceId?: string | null, index: number, code: ItemErrorCode, message: string, retryable: boolean }
      | { __typename: 'ProviderUnavailable', index: number, code: ItemErrorCode, message: string, retryable: boolean }
      | { __typename: 'QuotaExhausted', retryAfter: string, index: number, code: ItemErrorCode, message: string, retryable: boolean }
      | { __typename: 'TouchTaskSubmitted', index: number, taskId: string, bizId?: string | null, traceId: string }
      | { __typename: 'ValidationError', field: string, index: number, code: ItemErrorCode, message: string, retryable: boolean }
    > } };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}
export const BulkJobFieldsFragmentDoc = new TypedDocumentString(`
    fragment BulkJobFields on BulkJob {
  __typename
  id
  state
  waitingUntil
  createdAt
  startedAt
  finishedAt
  failure
  estimatedCompletionAt
  counts {
    total
    settled
    pending
    succeeded
    failed
    reconciled
    byOutcome {
      type
      count
    }
  }
}
    `, {"fragmentName":"BulkJobFields"}) as unknown as TypedDocumentString<BulkJobFieldsFragment, unknown>;
export const ItemErrorFieldsFragmentDoc = new TypedDocumentString(`
    fragment ItemErrorFields on ItemError {
  index
  code
  message
  retryable
  ... on ValidationError {
    field
  }
  ... on QuotaExhausted {
    retryAfter
  }
  ... on DeadlineExceeded {
    deadlineMs
  }
  ... on ProviderRejected {
    providerCode
    providerMessage
    providerTraceId
  }
  ... on OutcomeUnknown {
    providerTraceId
  }
}
    `, {"fragmentName":"ItemErrorFields"}) as unknown as TypedDocumentString<ItemErrorFieldsFragment, unknown>;
export const AccountingRulesSyncJobResultsDocument = new TypedDocumentString(`
    query AccountingRulesSyncJobResults($id: ID!, $first: Int, $after: String, $onlyFailed: Boolean) {
  bulkJob(id: $id) {
    ...BulkJobFields
    ... on AccountingRulesSyncJob {
      results(first: $first, after: $after, onlyFailed: $onlyFailed) {
        edges {
          cursor
          reconciled
          node {
            __typename
            ... on AccountingRuleSynced {
              index
              ruleCode
              warnings
              bizId
            }
            ...ItemErrorFields
          }
        }
        pageInfo {
          hasNextPage
          endCursor
        }
      }
    }
  }
}
    fragment BulkJobFields on BulkJob {
  __typename
  id
  state
  waitingUntil
  createdAt
  startedAt
  finishedAt
  failure
  estimatedCompletionAt
  counts {
    total
    settled
    pending
    succeeded
    failed
    reconciled
    byOutcome {
      type
      count
    }
  }
}
fragment ItemErrorFields on ItemError {
  index
  code
  message
  retryable
  ... on ValidationError {
    field
  }
  ... on QuotaExhausted {
    retryAfter
  }
  ... on DeadlineExceeded {
    deadlineMs
  }
  ... on ProviderRejected {
    providerCode
    providerMessage
    providerTraceId
  }
  ... on OutcomeUnknown {
    providerTraceId
  }
}`, {"hash":"1463ebcc3e5bf67638f3de89e8375390fb76078693438db8a9782d2251d6eaea"}) as unknown as TypedDocumentString<AccountingRulesSyncJobResultsQuery, AccountingRulesSyncJobResultsQueryVariables>;
export const AccountingRulesSyncJobStartDocument = new TypedDocumentString(`
    mutation AccountingRulesSyncJobStart($input: AccountingRulesSyncInput!, $uploadId: ID) {
  accountingRulesSyncJobStart(input: $input, uploadId: $uploadId) {
    ...BulkJobFields
  }
}
    fragment BulkJobFields on BulkJob {
  __typename
  id
  state
  waitingUntil
  createdAt
  startedAt
  finishedAt
  failure
  estimatedCompletionAt
  counts {
    total
    settled
    pending
    succeeded
    failed
    reconciled
    byOutcome {
      type
      count
    }
  }
}`, {"hash":"54fbd338d9ddd2cc4c15e186b9a762a8ec496ea07df258f425afa114250e3b8a"}) as unknown as TypedDocumentString<AccountingRulesSyncJobStartMutation, AccountingRulesSyncJobStartMutationVariables>;
export const AccountingRulesSyncDocument = new TypedDocumentString(`
    mutation AccountingRulesSync($input: AccountingRulesSyncInput!) {
  accountingRulesSync(input: $input) {
    syncId
    succeeded
    failed
    created
    updated
    traceIds
    results {
      __typename
      ... on AccountingRuleSynced {
        index
        ruleCode
        warnings
        bizId
      }
      ...ItemErrorFields
    }
  }
}
    fragment ItemErrorFields on ItemError {
  index
  code
  message
  retryable
  ... on ValidationError {
    field
  }
  ... on QuotaExhausted {
    retryAfter
  }
  ... on DeadlineExceeded {
    deadlineMs
  }
  ... on ProviderRejected {
    providerCode
    providerMessage
    providerTraceId
  }
  ... on OutcomeUnknown {
    providerTraceId
  }
}`, {"hash":"6163b7e1258773b77edda3b7a1009a0197f0632aa079e666a596ddf504d95319"}) as unknown as TypedDocumentString<AccountingRulesSyncMutation, AccountingRulesSyncMutationVariables>;
export const AccountingRulesDocument = new TypedDocumentString(`
    query AccountingRules($filter: AccountingRuleFilter, $page: Int, $pageSize: Int, $locale: Locale) {
  accountingRules(
    filter: $filter
    page: $page
    pageSize: $pageSize
    locale: $locale
  ) {
    page
    pageSize
    totalPages
    totalCount
    items {
      code
      structureCode
      accountEventCode
      accountCode
      priority
      ruleCondition
      deleted
      updatedAt
    }
  }
}
    `, {"hash":"24feb18926a31d90e516bd9e44e3a223a80eda44fd02bd2634f19b088db61636"}) as unknown as TypedDocumentString<AccountingRulesQuery, AccountingRulesQueryVariables>;
export const BulkJobCancelDocument = new TypedDocumentString(`
    mutation BulkJobCancel($id: ID!) {
  bulkJobCancel(id: $id) {
    ...BulkJobFields
  }
}
    fragment BulkJobFields on BulkJob {
  __typename
  id
  state
  waitingUntil
  createdAt
  startedAt
  finishedAt
  failure
  estimatedCompletionAt
  counts {
    total
    settled
    pending
    succeeded
    failed
    reconciled
    byOutcome {
      type
      count
    }
  }
}`, {"hash":"7da8d0e2b0971059e1f2bf1adb982ff012ce99f8f133f3b2acac453540d9d681"}) as unknown as TypedDocumentString<BulkJobCancelMutation, BulkJobCancelMutationVariables>;
export const BulkJobProgressDocument = new TypedDocumentString(`
    subscription BulkJobProgress($id: ID!) {
  bulkJobProgress(id: $id) {
    ...BulkJobFields
  }
}
    fragment BulkJobFields on BulkJob {
  __typename
  id
  state
  waitingUntil
  createdAt
  startedAt
  finishedAt
  failure
  estimatedCompletionAt
  counts {
    total
    settled
    pending
    succeeded
    failed
    reconciled
    byOutcome {
      type
      count
    }
  }
}`, {"hash":"ac3064a8e8f049994e1472f304817054e3bd953ea3bca1047f26a10f87dd07c2"}) as unknown as TypedDocumentString<BulkJobProgressSubscription, BulkJobProgressSubscriptionVariables>;
export const BulkJobDocument = new TypedDocumentString(`
    query BulkJob($id: ID!) {
  bulkJob(id: $id) {
    ...BulkJobFields
  }
}
    fragment BulkJobFields on BulkJob {
  __typename
  id
  state
  waitingUntil
  createdAt
  startedAt
  finishedAt
  failure
  estimatedCompletionAt
  counts {
    total
    settled
    pending
    succeeded
    failed
    reconciled
    byOutcome {
      type
      count
    }
  }
}`, {"hash":"7135415c4c810ef60286fe4b11e0a63a9736e839b8930096f93257a42c85c2c8"}) as unknown as TypedDocumentString<BulkJobQuery, BulkJobQueryVariables>;
export const BulkJobsDocument = new TypedDocumentString(`
    query BulkJobs($filter: BulkJobFilter, $first: Int, $after: String) {
  bulkJobs(filter: $filter, first: $first, after: $after) {
    edges {
      cursor
      node {
        ...BulkJobFields
      }
    }
    pageInfo {
      hasNextPage
      endCursor
    }
  }
}
    fragment BulkJobFields on BulkJob {
  __typename
  id
  state
  waitingUntil
  createdAt
  startedAt
  finishedAt
  failure
  estimatedCompletionAt
  counts {
    total
    settled
    pending
    succeeded
    failed
    reconciled
    byOutcome {
      type
      count
    }
  }
}`, {"hash":"ba39592bc6dc20ef8b13d74b7b3f9387a34547e021dfd23c3b80ae76695b7a7d"}) as unknown as TypedDocumentString<BulkJobsQuery, BulkJobsQueryVariables>;
export const GoalsDeleteJobResultsDocument = new TypedDocumentString(`
    query GoalsDeleteJobResults($id: ID!, $first: Int, $after: String, $onlyFailed: Boolean) {
  bulkJob(id: $id) {
    ...BulkJobFields
    ... on GoalsDeleteJob {
      results(first: $first, after: $after, onlyFailed: $onlyFailed) {
        edges {
          cursor
          reconciled
          node {
            __typename
            ... on GoalDeleted {
              index
              uid
              traceId
            }
            ...ItemErrorFields
          }
        }
        pageInfo {
          hasNextPage
          endCursor
        }
      }
    }
  }
}
    fragment BulkJobFields on BulkJob {
  __typename
  id
  state
  waitingUntil
  createdAt
  startedAt
  finishedAt
  failure
  estimatedCompletionAt
  counts {
    total
    settled
    pending
    succeeded
    failed
    reconciled
    byOutcome {
      type
      count
    }
  }
}
fragment ItemErrorFields on ItemError {
  index
  code
  message
  retryable
  ... on ValidationError {
    field
  }
  ... on QuotaExhausted {
    retryAfter
  }
  ... on DeadlineExceeded {
    deadlineMs
  }
  ... on ProviderRejected {
    providerCode
    providerMessage
    providerTraceId
  }
  ... on OutcomeUnknown {
    providerTraceId
  }
}`, {"hash":"cb1b3d15980819765ed5ca84e7707c78c822914a880e969496cf091517def678"}) as unknown as TypedDocumentString<GoalsDeleteJobResultsQuery, GoalsDeleteJobResultsQueryVariables>;
export const GoalsDeleteJobStartDocument = new TypedDocumentString(`
    mutation GoalsDeleteJobStart($input: GoalsDeleteInput!, $uploadId: ID) {
  goalsDeleteJobStart(input: $input, uploadId: $uploadId) {
    ...BulkJobFields
  }
}
    fragment BulkJobFields on BulkJob {
  __typename
  id
  state
  waitingUntil
  createdAt
  startedAt
  finishedAt
  failure
  estimatedCompletionAt
  counts {
    total
    settled
    pending
    succeeded
    failed
    reconciled
    byOutcome {
      type
      count
    }
  }
}`, {"hash":"a8e1f8347e6221c794e5a0c68f608dbd5e9f34aeaeb2dea8d731af685320515a"}) as unknown as TypedDocumentString<GoalsDeleteJobStartMutation, GoalsDeleteJobStartMutationVariables>;
export const GoalsDeleteDocument = new TypedDocumentString(`
    mutation GoalsDelete($input: GoalsDeleteInput!) {
  goalsDelete(input: $input) {
    succeeded
    failed
    deletedCount
    traceIds
    results {
      __typename
      ... on GoalDeleted {
        index
        uid
        traceId
      }
      ...ItemErrorFields
    }
  }
}
    fragment ItemErrorFields on ItemError {
  index
  code
  message
  retryable
  ... on ValidationError {
    field
  }
  ... on QuotaExhausted {
    retryAfter
  }
  ... on DeadlineExceeded {
    deadlineMs
  }
  ... on ProviderRejected {
    providerCode
    providerMessage
    providerTraceId
  }
  ... on OutcomeUnknown {
    providerTraceId
  }
}`, {"hash":"e6ba43efab971d2792d2a7332bcdc03ea42be4350b62016475aef2062dfc9f0b"}) as unknown as TypedDocumentString<GoalsDeleteMutation, GoalsDeleteMutationVariables>;
export const GoalsUpsertJobResultsDocument = new TypedDocumentString(`
    query GoalsUpsertJobResults($id: ID!, $first: Int, $after: String, $onlyFailed: Boolean) {
  bulkJob(id: $id) {
    ...BulkJobFields
    ... on GoalsUpsertJob {
      results(first: $first, after: $after, onlyFailed: $onlyFailed) {
        edges {
          cursor
          reconciled
          node {
            __typename
            ... on GoalWritten {
              index
              uid
              traceId
            }
            ...ItemErrorFields
            ... on UserNotFound {
              uid
            }
            ... on GoalAlreadyExists {
              uid
            }
          }
        }
        pageInfo {
          hasNextPage
          endCursor
        }
      }
    }
  }
}
    fragment BulkJobFields on BulkJob {
  __typename
  id
  state
  waitingUntil
  createdAt
  startedAt
  finishedAt
  failure
  estimatedCompletionAt
  counts {
    total
    settled
    pending
    succeeded
    failed
    reconciled
    byOutcome {
      type
      count
    }
  }
}
fragment ItemErrorFields on ItemError {
  index
  code
  message
  retryable
  ... on ValidationError {
    field
  }
  ... on QuotaExhausted {
    retryAfter
  }
  ... on DeadlineExceeded {
    deadlineMs
  }
  ... on ProviderRejected {
    providerCode
    providerMessage
    providerTraceId
  }
  ... on OutcomeUnknown {
    providerTraceId
  }
}`, {"hash":"e768026da1e04e412ac6d17de3083b3bed7aba6b458b46bd7d3471b1d2d2fdcc"}) as unknown as TypedDocumentString<GoalsUpsertJobResultsQuery, GoalsUpsertJobResultsQueryVariables>;
export const GoalsUpsertJobStartDocument = new TypedDocumentString(`
    mutation GoalsUpsertJobStart($input: GoalsUpsertInput!, $uploadId: ID) {
  goalsUpsertJobStart(input: $input, uploadId: $uploadId) {
    ...BulkJobFields
  }
}
    fragment BulkJobFields on BulkJob {
  __typename
  id
  state
  waitingUntil
  createdAt
  startedAt
  finishedAt
  failure
  estimatedCompletionAt
  counts {
    total
    settled
    pending
    succeeded
    failed
    reconciled
    byOutcome {
      type
      count
    }
  }
}`, {"hash":"17956e8620c5fe9035605be89affe42a71885db574f2e9da7730cc17ba852ecf"}) as unknown as TypedDocumentString<GoalsUpsertJobStartMutation, GoalsUpsertJobStartMutationVariables>;
export const GoalsUpsertDocument = new TypedDocumentString(`
    mutation GoalsUpsert($input: GoalsUpsertInput!) {
  goalsUpsert(input: $input) {
    succeeded
    failed
    traceIds
    results {
      __typename
      ... on GoalWritten {
        index
        uid
        traceId
      }
      ...ItemErrorFields
      ... on UserNotFound {
        uid
      }
      ... on GoalAlreadyExists {
        uid
      }
    }
  }
}
    fragment ItemErrorFields on ItemError {
  index
  code
  message
  retryable
  ... on ValidationError {
    field
  }
  ... on QuotaExhausted {
    retryAfter
  }
  ... on DeadlineExceeded {
    deadlineMs
  }
  ... on ProviderRejected {
    providerCode
    providerMessage
    providerTraceId
  }
  ... on OutcomeUnknown {
    providerTraceId
  }
}`, {"hash":"aadefd72a06c7fe9eec45932c939bcc668b7d994f08e8c38684451a29dca0892"}) as unknown as TypedDocumentString<GoalsUpsertMutation, GoalsUpsertMutationVariables>;
export const GoalsDocument = new TypedDocumentString(`
    query Goals($year: Int!, $assessType: AssessType!, $uids: [Int!]) {
  goals(year: $year, assessType: $assessType, uids: $uids) {
    uid
    realName
    organizations
    year
    assessType
    currency
    monthlyGoals
    monthlyActuals
    monthlyCompletionRates
    yearGoal
    yearActual
    yearCompletion
    createdAt
    updatedAt
  }
}
    `, {"hash":"91ef7366e5c3a25f17eb4520fa411c86ab1c53ebadd376d1f6c7ae72aacdca3c"}) as unknown as TypedDocumentString<GoalsQuery, GoalsQueryVariables>;
export const OpportunitiesUpdateJobResultsDocument = new TypedDocumentString(`
    query OpportunitiesUpdateJobResults($id: ID!, $first: Int, $after: String, $onlyFailed: Boolean) {
  bulkJob(id: $id) {
    ...BulkJobFields
    ... on OpportunitiesUpdateJob {
      results(first: $first, after: $after, onlyFailed: $onlyFailed) {
        edges {
          cursor
          reconciled
          node {
            __typename
            ... on OpportunityUpdated {
              index
              opportunityCode
              id
              changedFields
            }
            ...ItemErrorFields
            ... on OpportunityNotFound {
              opportunityCode
            }
            ... on InvalidStage {
              stage
            }
          }
        }
        pageInfo {
          hasNextPage
          endCursor
        }
      }
    }
  }
}
    fragment BulkJobFields on BulkJob {
  __typename
  id
  state
  waitingUntil
  createdAt
  startedAt
  finishedAt
  failure
  estimatedCompletionAt
  counts {
    total
    settled
    pending
    succeeded
    failed
    reconciled
    byOutcome {
      type
      count
    }
  }
}
fragment ItemErrorFields on ItemError {
  index
  code
  message
  retryable
  ... on ValidationError {
    field
  }
  ... on QuotaExhausted {
    retryAfter
  }
  ... on DeadlineExceeded {
    deadlineMs
  }
  ... on ProviderRejected {
    providerCode
    providerMessage
    providerTraceId
  }
  ... on OutcomeUnknown {
    providerTraceId
  }
}`, {"hash":"b32eab8d3da4771498a10984d027f9d4b94a4ef3c601edbae411678ee18fc335"}) as unknown as TypedDocumentString<OpportunitiesUpdateJobResultsQuery, OpportunitiesUpdateJobResultsQueryVariables>;
export const OpportunitiesUpdateJobStartDocument = new TypedDocumentString(`
    mutation OpportunitiesUpdateJobStart($input: OpportunitiesUpdateInput!, $uploadId: ID) {
  opportunitiesUpdateJobStart(input: $input, uploadId: $uploadId) {
    ...BulkJobFields
  }
}
    fragment BulkJobFields on BulkJob {
  __typename
  id
  state
  waitingUntil
  createdAt
  startedAt
  finishedAt
  failure
  estimatedCompletionAt
  counts {
    total
    settled
    pending
    succeeded
    failed
    reconciled
    byOutcome {
      type
      count
    }
  }
}`, {"hash":"d2c7ba6ccbd480fbc959d65c272fcee865dfd10cd0350992040621f1bd8e643a"}) as unknown as TypedDocumentString<OpportunitiesUpdateJobStartMutation, OpportunitiesUpdateJobStartMutationVariables>;
export const OpportunitiesUpdateDocument = new TypedDocumentString(`
    mutation OpportunitiesUpdate($input: OpportunitiesUpdateInput!) {
  opportunitiesUpdate(input: $input) {
    succeeded
    failed
    results {
      __typename
      ... on OpportunityUpdated {
        index
        opportunityCode
        id
        changedFields
      }
      ...ItemErrorFields
      ... on OpportunityNotFound {
        opportunityCode
      }
      ... on InvalidStage {
        stage
      }
    }
  }
}
    fragment ItemErrorFields on ItemError {
  index
  code
  message
  retryable
  ... on ValidationError {
    field
  }
  ... on QuotaExhausted {
    retryAfter
  }
  ... on DeadlineExceeded {
    deadlineMs
  }
  ... on ProviderRejected {
    providerCode
    providerMessage
    providerTraceId
  }
  ... on OutcomeUnknown {
    providerTraceId
  }
}`, {"hash":"5b95cfdca9c9d88d7b34cf4d63c90357063898dd8939584b21fa1ec90cbc613a"}) as unknown as TypedDocumentString<OpportunitiesUpdateMutation, OpportunitiesUpdateMutationVariables>;
export const OpportunityUpdateDocument = new TypedDocumentString(`
    mutation OpportunityUpdate($input: OpportunityUpdateInput!) {
  opportunityUpdate(input: $input) {
    __typename
    ... on OpportunityUpdated {
      index
      opportunityCode
      id
      changedFields
    }
    ...ItemErrorFields
    ... on OpportunityNotFound {
      opportunityCode
    }
    ... on InvalidStage {
      stage
    }
  }
}
    fragment ItemErrorFields on ItemError {
  index
  code
  message
  retryable
  ... on ValidationError {
    field
  }
  ... on QuotaExhausted {
    retryAfter
  }
  ... on DeadlineExceeded {
    deadlineMs
  }
  ... on ProviderRejected {
    providerCode
    providerMessage
    providerTraceId
  }
  ... on OutcomeUnknown {
    providerTraceId
  }
}`, {"hash":"110c159a2086d31b0351ca7750626b6f05cedcd33d93d184f23e5bd38413f754"}) as unknown as TypedDocumentString<OpportunityUpdateMutation, OpportunityUpdateMutationVariables>;
export const ProviderQuotasDocument = new TypedDocumentString(`
    query ProviderQuotas {
  providerQuotas {
    provider
    ledger
    waiting
    jobChunksWaiting
    bannedUntil
    reads {
      providerCalls
      cacheHits
      shared
      callsSaved
      savedRatio
    }
    limits {
      appliesTo
      kind
      capacity
      periodSeconds
      used
      remaining
      nextFreeAt
      resetsAt
    }
  }
}
    `, {"hash":"3ab8b9152d01f9a294ea8bb05e1366714a08c2e5c6e4d34291712f72470755cb"}) as unknown as TypedDocumentString<ProviderQuotasQuery, ProviderQuotasQueryVariables>;
export const TouchTasksSubmitJobResultsDocument = new TypedDocumentString(`
    query TouchTasksSubmitJobResults($id: ID!, $first: Int, $after: String, $onlyFailed: Boolean) {
  bulkJob(id: $id) {
    ...BulkJobFields
    ... on TouchTasksSubmitJob {
      results(first: $first, after: $after, onlyFailed: $onlyFailed) {
        edges {
          cursor
          reconciled
          node {
            __typename
            ... on TouchTaskSubmitted {
              index
              taskId
              bizId
              traceId
            }
            ...ItemErrorFields
          }
        }
        pageInfo {
          hasNextPage
          endCursor
        }
      }
    }
  }
}
    fragment BulkJobFields on BulkJob {
  __typename
  id
  state
  waitingUntil
  createdAt
  startedAt
  finishedAt
  failure
  estimatedCompletionAt
  counts {
    total
    settled
    pending
    succeeded
    failed
    reconciled
    byOutcome {
      type
      count
    }
  }
}
fragment ItemErrorFields on ItemError {
  index
  code
  message
  retryable
  ... on ValidationError {
    field
  }
  ... on QuotaExhausted {
    retryAfter
  }
  ... on DeadlineExceeded {
    deadlineMs
  }
  ... on ProviderRejected {
    providerCode
    providerMessage
    providerTraceId
  }
  ... on OutcomeUnknown {
    providerTraceId
  }
}`, {"hash":"b08fadeface709980c144b7d9cc26e80051f8402cbb6b7b1b653392c2950e997"}) as unknown as TypedDocumentString<TouchTasksSubmitJobResultsQuery, TouchTasksSubmitJobResultsQueryVariables>;
export const TouchTasksSubmitJobStartDocument = new TypedDocumentString(`
    mutation TouchTasksSubmitJobStart($input: TouchTasksSubmitInput!, $uploadId: ID) {
  touchTasksSubmitJobStart(input: $input, uploadId: $uploadId) {
    ...BulkJobFields
  }
}
    fragment BulkJobFields on BulkJob {
  __typename
  id
  state
  waitingUntil
  createdAt
  startedAt
  finishedAt
  failure
  estimatedCompletionAt
  counts {
    total
    settled
    pending
    succeeded
    failed
    reconciled
    byOutcome {
      type
      count
    }
  }
}`, {"hash":"cabaa37f49d7afbb239d150db91d9c4b8fd6bd8b33059be942a1316986ec649d"}) as unknown as TypedDocumentString<TouchTasksSubmitJobStartMutation, TouchTasksSubmitJobStartMutationVariables>;
export const TouchTasksSubmitDocument = new TypedDocumentString(`
    mutation TouchTasksSubmit($input: TouchTasksSubmitInput!) {
  touchTasksSubmit(input: $input) {
    taskUniqueCode
    succeeded
    failed
    traceIds
    results {
      __typename
      ... on TouchTaskSubmitted {
        index
        taskId
        bizId
        traceId
      }
      ...ItemErrorFields
    }
  }
}
    fragment ItemErrorFields on ItemError {
  index
  code
  message
  retryable
  ... on ValidationError {
    field
  }
  ... on QuotaExhausted {
    retryAfter
  }
  ... on DeadlineExceeded {
    deadlineMs
  }
  ... on ProviderRejected {
    providerCode
    providerMessage
    providerTraceId
  }
  ... on OutcomeUnknown {
    providerTraceId
  }
}`, {"hash":"f95fe674404f4dee305de8c6d6158a56ec6033715af5f1e6cbdd61681a8c6925"}) as unknown as TypedDocumentString<TouchTasksSubmitMutation, TouchTasksSubmitMutationVariables>;