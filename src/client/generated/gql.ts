/* eslint-disable */
import * as types from './graphql.js';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "mutation AccountingRulesSync($input: AccountingRulesSyncInput!) {\n  accountingRulesSync(input: $input) {\n    syncId\n    succeeded\n    failed\n    created\n    updated\n    traceIds\n    results {\n      __typename\n      ... on AccountingRuleSynced {\n        index\n        ruleCode\n        warnings\n        bizId\n      }\n      ...ItemErrorFields\n    }\n  }\n}": typeof types.AccountingRulesSyncDocument,
    "query AccountingRules($filter: AccountingRuleFilter, $page: Int, $pageSize: Int, $locale: Locale) {\n  accountingRules(\n    filter: $filter\n    page: $page\n    pageSize: $pageSize\n    locale: $locale\n  ) {\n    page\n    pageSize\n    totalPages\n    totalCount\n    items {\n      code\n      structureCode\n      accountEventCode\n      accountCode\n      priority\n      ruleCondition\n      deleted\n      updatedAt\n    }\n  }\n}": typeof types.AccountingRulesDocument,
    "mutation GoalsDelete($input: GoalsDeleteInput!) {\n  goalsDelete(input: $input) {\n    succeeded\n    failed\n    deletedCount\n    traceIds\n    results {\n      __typename\n      ... on GoalDeleted {\n        index\n        uid\n        traceId\n      }\n      ...ItemErrorFields\n    }\n  }\n}": typeof types.GoalsDeleteDocument,
    "mutation GoalsUpsert($input: GoalsUpsertInput!) {\n  goalsUpsert(input: $input) {\n    succeeded\n    failed\n    traceIds\n    results {\n      __typename\n      ... on GoalWritten {\n        index\n        uid\n        traceId\n      }\n      ...ItemErrorFields\n      ... on UserNotFound {\n        uid\n      }\n      ... on GoalAlreadyExists {\n        uid\n      }\n    }\n  }\n}": typeof types.GoalsUpsertDocument,
    "query Goals($year: Int!, $assessType: AssessType!, $uids: [Int!]) {\n  goals(year: $year, assessType: $assessType, uids: $uids) {\n    uid\n    realName\n    organizations\n    year\n    assessType\n    currency\n    monthlyGoals\n    monthlyActuals\n    monthlyCompletionRates\n    yearGoal\n    yearActual\n    yearCompletion\n    createdAt\n    updatedAt\n  }\n}": typeof types.GoalsDocument,
    "fragment ItemErrorFields on ItemError {\n  index\n  code\n  message\n  retryable\n  ... on ValidationError {\n    field\n  }\n  ... on QuotaExhausted {\n    retryAfter\n  }\n  ... on DeadlineExceeded {\n    deadlineMs\n  }\n  ... on ProviderRejected {\n    providerCode\n    providerMessage\n    providerTraceId\n  }\n  ... on OutcomeUnknown {\n    providerTraceId\n  }\n}": typeof types.ItemErrorFieldsFragmentDoc,
    "mutation OpportunitiesUpdate($input: OpportunitiesUpdateInput!) {\n  opportunitiesUpdate(input: $input) {\n    succeeded\n    failed\n    results {\n      __typename\n      ... on OpportunityUpdated {\n        index\n        opportunityCode\n        id\n        changedFields\n      }\n      ...ItemErrorFields\n      ... on OpportunityNotFound {\n        opportunityCode\n      }\n      ... on InvalidStage {\n        stage\n      }\n    }\n  }\n}": typeof types.OpportunitiesUpdateDocument,
    "mutation OpportunityUpdate($input: OpportunityUpdateInput!) {\n  opportunityUpdate(input: $input) {\n    __typename\n    ... on OpportunityUpdated {\n      index\n      opportunityCode\n      id\n      changedFields\n    }\n    ...ItemErrorFields\n    ... on OpportunityNotFound {\n      opportunityCode\n    }\n    ... on InvalidStage {\n      stage\n    }\n  }\n}": typeof types.OpportunityUpdateDocument,
    "query ProviderQuotas {\n  providerQuotas {\n    provider\n    ledger\n    waiting\n    bannedUntil\n    limits {\n      appliesTo\n      kind\n      capacity\n      periodSeconds\n      used\n      remaining\n      nextFreeAt\n      resetsAt\n    }\n  }\n}": typeof types.ProviderQuotasDocument,
    "mutation TouchTasksSubmit($input: TouchTasksSubmitInput!) {\n  touchTasksSubmit(input: $input) {\n    taskUniqueCode\n    succeeded\n    failed\n    traceIds\n    results {\n      __typename\n      ... on TouchTaskSubmitted {\n        index\n        taskId\n        bizId\n        traceId\n      }\n      ...ItemErrorFields\n    }\n  }\n}": typeof types.TouchTasksSubmitDocument,
};
const documents: Documents = {
    "mutation AccountingRulesSync($input: AccountingRulesSyncInput!) {\n  accountingRulesSync(input: $input) {\n    syncId\n    succeeded\n    failed\n    created\n    updated\n    traceIds\n    results {\n      __typename\n      ... on AccountingRuleSynced {\n        index\n        ruleCode\n        warnings\n        bizId\n      }\n      ...ItemErrorFields\n    }\n  }\n}": types.AccountingRulesSyncDocument,
    "query AccountingRules($filter: AccountingRuleFilter, $page: Int, $pageSize: Int, $locale: Locale) {\n  accountingRules(\n    filter: $filter\n    page: $page\n    pageSize: $pageSize\n    locale: $locale\n  ) {\n    page\n    pageSize\n    totalPages\n    totalCount\n    items {\n      code\n      structureCode\n      accountEventCode\n      accountCode\n      priority\n      ruleCondition\n      deleted\n      updatedAt\n    }\n  }\n}": types.AccountingRulesDocument,
    "mutation GoalsDelete($input: GoalsDeleteInput!) {\n  goalsDelete(input: $input) {\n    succeeded\n    failed\n    deletedCount\n    traceIds\n    results {\n      __typename\n      ... on GoalDeleted {\n        index\n        uid\n        traceId\n      }\n      ...ItemErrorFields\n    }\n  }\n}": types.GoalsDeleteDocument,
    "mutation GoalsUpsert($input: GoalsUpsertInput!) {\n  goalsUpsert(input: $input) {\n    succeeded\n    failed\n    traceIds\n    results {\n      __typename\n      ... on GoalWritten {\n        index\n        uid\n        traceId\n      }\n      ...ItemErrorFields\n      ... on UserNotFound {\n        uid\n      }\n      ... on GoalAlreadyExists {\n        uid\n      }\n    }\n  }\n}": types.GoalsUpsertDocument,
    "query Goals($year: Int!, $assessType: AssessType!, $uids: [Int!]) {\n  goals(year: $year, assessType: $assessType, uids: $uids) {\n    uid\n    realName\n    organizations\n    year\n    assessType\n    currency\n    monthlyGoals\n    monthlyActuals\n    monthlyCompletionRates\n    yearGoal\n    yearActual\n    yearCompletion\n    createdAt\n    updatedAt\n  }\n}": types.GoalsDocument,
    "fragment ItemErrorFields on ItemError {\n  index\n  code\n  message\n  retryable\n  ... on ValidationError {\n    field\n  }\n  ... on QuotaExhausted {\n    retryAfter\n  }\n  ... on DeadlineExceeded {\n    deadlineMs\n  }\n  ... on ProviderRejected {\n    providerCode\n    providerMessage\n    providerTraceId\n  }\n  ... on OutcomeUnknown {\n    providerTraceId\n  }\n}": types.ItemErrorFieldsFragmentDoc,
    "mutation OpportunitiesUpdate($input: OpportunitiesUpdateInput!) {\n  opportunitiesUpdate(input: $input) {\n    succeeded\n    failed\n    results {\n      __typename\n      ... on OpportunityUpdated {\n        index\n        opportunityCode\n        id\n        changedFields\n      }\n      ...ItemErrorFields\n      ... on OpportunityNotFound {\n        opportunityCode\n      }\n      ... on InvalidStage {\n        stage\n      }\n    }\n  }\n}": types.OpportunitiesUpdateDocument,
    "mutation OpportunityUpdate($input: OpportunityUpdateInput!) {\n  opportunityUpdate(input: $input) {\n    __typename\n    ... on OpportunityUpdated {\n      index\n      opportunityCode\n      id\n      changedFields\n    }\n    ...ItemErrorFields\n    ... on OpportunityNotFound {\n      opportunityCode\n    }\n    ... on InvalidStage {\n      stage\n    }\n  }\n}": types.OpportunityUpdateDocument,
    "query ProviderQuotas {\n  providerQuotas {\n    provider\n    ledger\n    waiting\n    bannedUntil\n    limits {\n      appliesTo\n      kind\n      capacity\n      periodSeconds\n      used\n      remaining\n      nextFreeAt\n      resetsAt\n    }\n  }\n}": types.ProviderQuotasDocument,
    "mutation TouchTasksSubmit($input: TouchTasksSubmitInput!) {\n  touchTasksSubmit(input: $input) {\n    taskUniqueCode\n    succeeded\n    failed\n    traceIds\n    results {\n      __typename\n      ... on TouchTaskSubmitted {\n        index\n        taskId\n        bizId\n        traceId\n      }\n      ...ItemErrorFields\n    }\n  }\n}": types.TouchTasksSubmitDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AccountingRulesSync($input: AccountingRulesSyncInput!) {\n  accountingRulesSync(input: $input) {\n    syncId\n    succeeded\n    failed\n    created\n    updated\n    traceIds\n    results {\n      __typename\n      ... on AccountingRuleSynced {\n        index\n        ruleCode\n        warnings\n        bizId\n      }\n      ...ItemErrorFields\n    }\n  }\n}"): (typeof documents)["mutation AccountingRulesSync($input: AccountingRulesSyncInput!) {\n  accountingRulesSync(input: $input) {\n    syncId\n    succeeded\n    failed\n    created\n    updated\n    traceIds\n    results {\n      __typename\n      ... on AccountingRuleSynced {\n        index\n        ruleCode\n        warnings\n        bizId\n      }\n      ...ItemErrorFields\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AccountingRules($filter: AccountingRuleFilter, $page: Int, $pageSize: Int, $locale: Locale) {\n  accountingRules(\n    filter: $filter\n    page: $page\n    pageSize: $pageSize\n    locale: $locale\n  ) {\n    page\n    pageSize\n    totalPages\n    totalCount\n    items {\n      code\n      structureCode\n      accountEventCode\n      accountCode\n      priority\n      ruleCondition\n      deleted\n      updatedAt\n    }\n  }\n}"): (typeof documents)["query AccountingRules($filter: AccountingRuleFilter, $page: Int, $pageSize: Int, $locale: Locale) {\n  accountingRules(\n    filter: $filter\n    page: $page\n    pageSize: $pageSize\n    locale: $locale\n  ) {\n    page\n    pageSize\n    totalPages\n    totalCount\n    items {\n      code\n      structureCode\n      accountEventCode\n      accountCode\n      priority\n      ruleCondition\n      deleted\n      updatedAt\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation GoalsDelete($input: GoalsDeleteInput!) {\n  goalsDelete(input: $input) {\n    succeeded\n    failed\n    deletedCount\n    traceIds\n    results {\n      __typename\n      ... on GoalDeleted {\n        index\n        uid\n        traceId\n      }\n      ...ItemErrorFields\n    }\n  }\n}"): (typeof documents)["mutation GoalsDelete($input: GoalsDeleteInput!) {\n  goalsDelete(input: $input) {\n    succeeded\n    failed\n    deletedCount\n    traceIds\n    results {\n      __typename\n      ... on GoalDeleted {\n        index\n        uid\n        traceId\n      }\n      ...ItemErrorFields\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation GoalsUpsert($input: GoalsUpsertInput!) {\n  goalsUpsert(input: $input) {\n    succeeded\n    failed\n    traceIds\n    results {\n      __typename\n      ... on GoalWritten {\n        index\n        uid\n        traceId\n      }\n      ...ItemErrorFields\n      ... on UserNotFound {\n        uid\n      }\n      ... on GoalAlreadyExists {\n        uid\n      }\n    }\n  }\n}"): (typeof documents)["mutation GoalsUpsert($input: GoalsUpsertInput!) {\n  goalsUpsert(input: $input) {\n    succeeded\n    failed\n    traceIds\n    results {\n      __typename\n      ... on GoalWritten {\n        index\n        uid\n        traceId\n      }\n      ...ItemErrorFields\n      ... on UserNotFound {\n        uid\n      }\n      ... on GoalAlreadyExists {\n        uid\n      }\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Goals($year: Int!, $assessType: AssessType!, $uids: [Int!]) {\n  goals(year: $year, assessType: $assessType, uids: $uids) {\n    uid\n    realName\n    organizations\n    year\n    assessType\n    currency\n    monthlyGoals\n    monthlyActuals\n    monthlyCompletionRates\n    yearGoal\n    yearActual\n    yearCompletion\n    createdAt\n    updatedAt\n  }\n}"): (typeof documents)["query Goals($year: Int!, $assessType: AssessType!, $uids: [Int!]) {\n  goals(year: $year, assessType: $assessType, uids: $uids) {\n    uid\n    realName\n    organizations\n    year\n    assessType\n    currency\n    monthlyGoals\n    monthlyActuals\n    monthlyCompletionRates\n    yearGoal\n    yearActual\n    yearCompletion\n    createdAt\n    updatedAt\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment ItemErrorFields on ItemError {\n  index\n  code\n  message\n  retryable\n  ... on ValidationError {\n    field\n  }\n  ... on QuotaExhausted {\n    retryAfter\n  }\n  ... on DeadlineExceeded {\n    deadlineMs\n  }\n  ... on ProviderRejected {\n    providerCode\n    providerMessage\n    providerTraceId\n  }\n  ... on OutcomeUnknown {\n    providerTraceId\n  }\n}"): (typeof documents)["fragment ItemErrorFields on ItemError {\n  index\n  code\n  message\n  retryable\n  ... on ValidationError {\n    field\n  }\n  ... on QuotaExhausted {\n    retryAfter\n  }\n  ... on DeadlineExceeded {\n    deadlineMs\n  }\n  ... on ProviderRejected {\n    providerCode\n    providerMessage\n    providerTraceId\n  }\n  ... on OutcomeUnknown {\n    providerTraceId\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation OpportunitiesUpdate($input: OpportunitiesUpdateInput!) {\n  opportunitiesUpdate(input: $input) {\n    succeeded\n    failed\n    results {\n      __typename\n      ... on OpportunityUpdated {\n        index\n        opportunityCode\n        id\n        changedFields\n      }\n      ...ItemErrorFields\n      ... on OpportunityNotFound {\n        opportunityCode\n      }\n      ... on InvalidStage {\n        stage\n      }\n    }\n  }\n}"): (typeof documents)["mutation OpportunitiesUpdate($input: OpportunitiesUpdateInput!) {\n  opportunitiesUpdate(input: $input) {\n    succeeded\n    failed\n    results {\n      __typename\n      ... on OpportunityUpdated {\n        index\n        opportunityCode\n        id\n        changedFields\n      }\n      ...ItemErrorFields\n      ... on OpportunityNotFound {\n        opportunityCode\n      }\n      ... on InvalidStage {\n        stage\n      }\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation OpportunityUpdate($input: OpportunityUpdateInput!) {\n  opportunityUpdate(input: $input) {\n    __typename\n    ... on OpportunityUpdated {\n      index\n      opportunityCode\n      id\n      changedFields\n    }\n    ...ItemErrorFields\n    ... on OpportunityNotFound {\n      opportunityCode\n    }\n    ... on InvalidStage {\n      stage\n    }\n  }\n}"): (typeof documents)["mutation OpportunityUpdate($input: OpportunityUpdateInput!) {\n  opportunityUpdate(input: $input) {\n    __typename\n    ... on OpportunityUpdated {\n      index\n      opportunityCode\n      id\n      changedFields\n    }\n    ...ItemErrorFields\n    ... on OpportunityNotFound {\n      opportunityCode\n    }\n    ... on InvalidStage {\n      stage\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ProviderQuotas {\n  providerQuotas {\n    provider\n    ledger\n    waiting\n    bannedUntil\n    limits {\n      appliesTo\n      kind\n      capacity\n      periodSeconds\n      used\n      remaining\n      nextFreeAt\n      resetsAt\n    }\n  }\n}"): (typeof documents)["query ProviderQuotas {\n  providerQuotas {\n    provider\n    ledger\n    waiting\n    bannedUntil\n    limits {\n      appliesTo\n      kind\n      capacity\n      periodSeconds\n      used\n      remaining\n      nextFreeAt\n      resetsAt\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation TouchTasksSubmit($input: TouchTasksSubmitInput!) {\n  touchTasksSubmit(input: $input) {\n    taskUniqueCode\n    succeeded\n    failed\n    traceIds\n    results {\n      __typename\n      ... on TouchTaskSubmitted {\n        index\n        taskId\n        bizId\n        traceId\n      }\n      ...ItemErrorFields\n    }\n  }\n}"): (typeof documents)["mutation TouchTasksSubmit($input: TouchTasksSubmitInput!) {\n  touchTasksSubmit(input: $input) {\n    taskUniqueCode\n    succeeded\n    failed\n    traceIds\n    results {\n      __typename\n      ... on TouchTaskSubmitted {\n        index\n        taskId\n        bizId\n        traceId\n      }\n      ...ItemErrorFields\n    }\n  }\n}"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;