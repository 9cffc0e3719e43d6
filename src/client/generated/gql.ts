/* eslint-disable */
import * as types from './graphql.js';



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
    "query AccountingRulesSyncJobResults($id: ID!, $first: Int, $after: String, $onlyFailed: Boolean) {\n  bulkJob(id: $id) {\n    ...BulkJobFields\n    ... on AccountingRulesSyncJob {\n      results(first: $first, after: $after, onlyFailed: $onlyFailed) {\n        edges {\n          cursor\n          reconciled\n          node {\n            __typename\n            ... on AccountingRuleSynced {\n              index\n              ruleCode\n              warnings\n              bizId\n            }\n            ...ItemErrorFields\n          }\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n}": typeof types.AccountingRulesSyncJobResultsDocument,
    "mutation AccountingRulesSyncJobStart($input: AccountingRulesSyncInput!, $uploadId: ID) {\n  accountingRulesSyncJobStart(input: $input, uploadId: $uploadId) {\n    ...BulkJobFields\n  }\n}": typeof types.AccountingRulesSyncJobStartDocument,
    "mutation AccountingRulesSync($input: AccountingRulesSyncInput!) {\n  accountingRulesSync(input: $input) {\n    syncId\n    succeeded\n    failed\n    created\n    updated\n    traceIds\n    results {\n      __typename\n      ... on AccountingRuleSynced {\n        index\n        ruleCode\n        warnings\n        bizId\n      }\n      ...ItemErrorFields\n    }\n  }\n}": typeof types.AccountingRulesSyncDocument,
    "query AccountingRules($filter: AccountingRuleFilter, $page: Int, $pageSize: Int, $locale: Locale) {\n  accountingRules(\n    filter: $filter\n    page: $page\n    pageSize: $pageSize\n    locale: $locale\n  ) {\n    page\n    pageSize\n    totalPages\n    totalCount\n    items {\n      code\n      structureCode\n      accountEventCode\n      accountCode\n      priority\n      ruleCondition\n      deleted\n      updatedAt\n    }\n  }\n}": typeof types.AccountingRulesDocument,
    "mutation BulkJobCancel($id: ID!) {\n  bulkJobCancel(id: $id) {\n    ...BulkJobFields\n  }\n}": typeof types.BulkJobCancelDocument,
    "fragment BulkJobFields on BulkJob {\n  __typename\n  id\n  state\n  waitingUntil\n  createdAt\n  startedAt\n  finishedAt\n  failure\n  estimatedCompletionAt\n  counts {\n    total\n    settled\n    pending\n    succeeded\n    failed\n    reconciled\n    byOutcome {\n      type\n      count\n    }\n  }\n}": typeof types.BulkJobFieldsFragmentDoc,
    "subscription BulkJobProgress($id: ID!) {\n  bulkJobProgress(id: $id) {\n    ...BulkJobFields\n  }\n}": typeof types.BulkJobProgressDocument,
    "query BulkJob($id: ID!) {\n  bulkJob(id: $id) {\n    ...BulkJobFields\n  }\n}": typeof types.BulkJobDocument,
    "query BulkJobs($filter: BulkJobFilter, $first: Int, $after: String) {\n  bulkJobs(filter: $filter, first: $first, after: $after) {\n    edges {\n      cursor\n      node {\n        ...BulkJobFields\n      }\n    }\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n  }\n}": typeof types.BulkJobsDocument,
    "query GoalsDeleteJobResults($id: ID!, $first: Int, $after: String, $onlyFailed: Boolean) {\n  bulkJob(id: $id) {\n    ...BulkJobFields\n    ... on GoalsDeleteJob {\n      results(first: $first, after: $after, onlyFailed: $onlyFailed) {\n        edges {\n          cursor\n          reconciled\n          node {\n            __typename\n            ... on GoalDeleted {\n              index\n              uid\n              traceId\n            }\n            ...ItemErrorFields\n          }\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n}": typeof types.GoalsDeleteJobResultsDocument,
    "mutation GoalsDeleteJobStart($input: GoalsDeleteInput!, $uploadId: ID) {\n  goalsDeleteJobStart(input: $input, uploadId: $uploadId) {\n    ...BulkJobFields\n  }\n}": typeof types.GoalsDeleteJobStartDocument,
    "mutation GoalsDelete($input: GoalsDeleteInput!) {\n  goalsDelete(input: $input) {\n    succeeded\n    failed\n    deletedCount\n    traceIds\n    results {\n      __typename\n      ... on GoalDeleted {\n        index\n        uid\n        traceId\n      }\n      ...ItemErrorFields\n    }\n  }\n}": typeof types.GoalsDeleteDocument,
    "query GoalsUpsertJobResults($id: ID!, $first: Int, $after: String, $onlyFailed: Boolean) {\n  bulkJob(id: $id) {\n    ...BulkJobFields\n    ... on GoalsUpsertJob {\n      results(first: $first, after: $after, onlyFailed: $onlyFailed) {\n        edges {\n          cursor\n          reconciled\n          node {\n            __typename\n            ... on GoalWritten {\n              index\n              uid\n              traceId\n            }\n            ...ItemErrorFields\n            ... on UserNotFound {\n              uid\n            }\n            ... on GoalAlreadyExists {\n              uid\n            }\n          }\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n}": typeof types.GoalsUpsertJobResultsDocument,
    "mutation GoalsUpsertJobStart($input: GoalsUpsertInput!, $uploadId: ID) {\n  goalsUpsertJobStart(input: $input, uploadId: $uploadId) {\n    ...BulkJobFields\n  }\n}": typeof types.GoalsUpsertJobStartDocument,
    "mutation GoalsUpsert($input: GoalsUpsertInput!) {\n  goalsUpsert(input: $input) {\n    succeeded\n    failed\n    traceIds\n    results {\n      __typename\n      ... on GoalWritten {\n        index\n        uid\n        traceId\n      }\n      ...ItemErrorFields\n      ... on UserNotFound {\n        uid\n      }\n      ... on GoalAlreadyExists {\n        uid\n      }\n    }\n  }\n}": typeof types.GoalsUpsertDocument,
    "query Goals($year: Int!, $assessType: AssessType!, $uids: [Int!]) {\n  goals(year: $year, assessType: $assessType, uids: $uids) {\n    uid\n    realName\n    organizations\n    year\n    assessType\n    currency\n    monthlyGoals\n    monthlyActuals\n    monthlyCompletionRates\n    yearGoal\n    yearActual\n    yearCompletion\n    createdAt\n    updatedAt\n  }\n}": typeof types.GoalsDocument,
    "fragment ItemErrorFields on ItemError {\n  index\n  code\n  message\n  retryable\n  ... on ValidationError {\n    field\n  }\n  ... on QuotaExhausted {\n    retryAfter\n  }\n  ... on DeadlineExceeded {\n    deadlineMs\n  }\n  ... on ProviderRejected {\n    providerCode\n    providerMessage\n    providerTraceId\n  }\n  ... on OutcomeUnknown {\n    providerTraceId\n  }\n}": typeof types.ItemErrorFieldsFragmentDoc,
    "query OpportunitiesUpdateJobResults($id: ID!, $first: Int, $after: String, $onlyFailed: Boolean) {\n  bulkJob(id: $id) {\n    ...BulkJobFields\n    ... on OpportunitiesUpdateJob {\n      results(first: $first, after: $after, onlyFailed: $onlyFailed) {\n        edges {\n          cursor\n          reconciled\n          node {\n            __typename\n            ... on OpportunityUpdated {\n              index\n              opportunityCode\n              id\n              changedFields\n            }\n            ...ItemErrorFields\n            ... on OpportunityNotFound {\n              opportunityCode\n            }\n            ... on InvalidStage {\n              stage\n            }\n          }\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n}": typeof types.OpportunitiesUpdateJobResultsDocument,
    "mutation OpportunitiesUpdateJobStart($input: OpportunitiesUpdateInput!, $uploadId: ID) {\n  opportunitiesUpdateJobStart(input: $input, uploadId: $uploadId) {\n    ...BulkJobFields\n  }\n}": typeof types.OpportunitiesUpdateJobStartDocument,
    "mutation OpportunitiesUpdate($input: OpportunitiesUpdateInput!) {\n  opportunitiesUpdate(input: $input) {\n    succeeded\n    failed\n    results {\n      __typename\n      ... on OpportunityUpdated {\n        index\n        opportunityCode\n        id\n        changedFields\n      }\n      ...ItemErrorFields\n      ... on OpportunityNotFound {\n        opportunityCode\n      }\n      ... on InvalidStage {\n        stage\n      }\n    }\n  }\n}": typeof types.OpportunitiesUpdateDocument,
    "mutation OpportunityUpdate($input: OpportunityUpdateInput!) {\n  opportunityUpdate(input: $input) {\n    __typename\n    ... on OpportunityUpdated {\n      index\n      opportunityCode\n      id\n      changedFields\n    }\n    ...ItemErrorFields\n    ... on OpportunityNotFound {\n      opportunityCode\n    }\n    ... on InvalidStage {\n      stage\n    }\n  }\n}": typeof types.OpportunityUpdateDocument,
    "query ProviderQuotas {\n  providerQuotas {\n    provider\n    ledger\n    waiting\n    jobChunksWaiting\n    bannedUntil\n    limits {\n      appliesTo\n      kind\n      capacity\n      periodSeconds\n      used\n      remaining\n      nextFreeAt\n      resetsAt\n    }\n  }\n}": typeof types.ProviderQuotasDocument,
    "query TouchTasksSubmitJobResults($id: ID!, $first: Int, $after: String, $onlyFailed: Boolean) {\n  bulkJob(id: $id) {\n    ...BulkJobFields\n    ... on TouchTasksSubmitJob {\n      results(first: $first, after: $after, onlyFailed: $onlyFailed) {\n        edges {\n          cursor\n          reconciled\n          node {\n            __typename\n            ... on TouchTaskSubmitted {\n              index\n              taskId\n              bizId\n              traceId\n            }\n            ...ItemErrorFields\n          }\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n}": typeof types.TouchTasksSubmitJobResultsDocument,
    "mutation TouchTasksSubmitJobStart($input: TouchTasksSubmitInput!, $uploadId: ID) {\n  touchTasksSubmitJobStart(input: $input, uploadId: $uploadId) {\n    ...BulkJobFields\n  }\n}": typeof types.TouchTasksSubmitJobStartDocument,
    "mutation TouchTasksSubmit($input: TouchTasksSubmitInput!) {\n  touchTasksSubmit(input: $input) {\n    taskUniqueCode\n    succeeded\n    failed\n    traceIds\n    results {\n      __typename\n      ... on TouchTaskSubmitted {\n        index\n        taskId\n        bizId\n        traceId\n      }\n      ...ItemErrorFields\n    }\n  }\n}": typeof types.TouchTasksSubmitDocument,
};
const documents: Documents = {
    "query AccountingRulesSyncJobResults($id: ID!, $first: Int, $after: String, $onlyFailed: Boolean) {\n  bulkJob(id: $id) {\n    ...BulkJobFields\n    ... on AccountingRulesSyncJob {\n      results(first: $first, after: $after, onlyFailed: $onlyFailed) {\n        edges {\n          cursor\n          reconciled\n          node {\n            __typename\n            ... on AccountingRuleSynced {\n              index\n              ruleCode\n              warnings\n              bizId\n            }\n            ...ItemErrorFields\n          }\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n}": types.AccountingRulesSyncJobResultsDocument,
    "mutation AccountingRulesSyncJobStart($input: AccountingRulesSyncInput!, $uploadId: ID) {\n  accountingRulesSyncJobStart(input: $input, uploadId: $uploadId) {\n    ...BulkJobFields\n  }\n}": types.AccountingRulesSyncJobStartDocument,
    "mutation AccountingRulesSync($input: AccountingRulesSyncInput!) {\n  accountingRulesSync(input: $input) {\n    syncId\n    succeeded\n    failed\n    created\n    updated\n    traceIds\n    results {\n      __typename\n      ... on AccountingRuleSynced {\n        index\n        ruleCode\n        warnings\n        bizId\n      }\n      ...ItemErrorFields\n    }\n  }\n}": types.AccountingRulesSyncDocument,
    "query AccountingRules($filter: AccountingRuleFilter, $page: Int, $pageSize: Int, $locale: Locale) {\n  accountingRules(\n    filter: $filter\n    page: $page\n    pageSize: $pageSize\n    locale: $locale\n  ) {\n    page\n    pageSize\n    totalPages\n    totalCount\n    items {\n      code\n      structureCode\n      accountEventCode\n      accountCode\n      priority\n      ruleCondition\n      deleted\n      updatedAt\n    }\n  }\n}": types.AccountingRulesDocument,
    "mutation BulkJobCancel($id: ID!) {\n  bulkJobCancel(id: $id) {\n    ...BulkJobFields\n  }\n}": types.BulkJobCancelDocument,
    "fragment BulkJobFields on BulkJob {\n  __typename\n  id\n  state\n  waitingUntil\n  createdAt\n  startedAt\n  finishedAt\n  failure\n  estimatedCompletionAt\n  counts {\n    total\n    settled\n    pending\n    succeeded\n    failed\n    reconciled\n    byOutcome {\n      type\n      count\n    }\n  }\n}": types.BulkJobFieldsFragmentDoc,
    "subscription BulkJobProgress($id: ID!) {\n  bulkJobProgress(id: $id) {\n    ...BulkJobFields\n  }\n}": types.BulkJobProgressDocument,
    "query BulkJob($id: ID!) {\n  bulkJob(id: $id) {\n    ...BulkJobFields\n  }\n}": types.BulkJobDocument,
    "query BulkJobs($filter: BulkJobFilter, $first: Int, $after: String) {\n  bulkJobs(filter: $filter, first: $first, after: $after) {\n    edges {\n      cursor\n      node {\n        ...BulkJobFields\n      }\n    }\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n  }\n}": types.BulkJobsDocument,
    "query GoalsDeleteJobResults($id: ID!, $first: Int, $after: String, $onlyFailed: Boolean) {\n  bulkJob(id: $id) {\n    ...BulkJobFields\n    ... on GoalsDeleteJob {\n      results(first: $first, after: $after, onlyFailed: $onlyFailed) {\n        edges {\n          cursor\n          reconciled\n          node {\n            __typename\n            ... on GoalDeleted {\n              index\n              uid\n              traceId\n            }\n            ...ItemErrorFields\n          }\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n}": types.GoalsDeleteJobResultsDocument,
    "mutation GoalsDeleteJobStart($input: GoalsDeleteInput!, $uploadId: ID) {\n  goalsDeleteJobStart(input: $input, uploadId: $uploadId) {\n    ...BulkJobFields\n  }\n}": types.GoalsDeleteJobStartDocument,
    "mutation GoalsDelete($input: GoalsDeleteInput!) {\n  goalsDelete(input: $input) {\n    succeeded\n    failed\n    deletedCount\n    traceIds\n    results {\n      __typename\n      ... on GoalDeleted {\n        index\n        uid\n        traceId\n      }\n      ...ItemErrorFields\n    }\n  }\n}": types.GoalsDeleteDocument,
    "query GoalsUpsertJobResults($id: ID!, $first: Int, $after: String, $onlyFailed: Boolean) {\n  bulkJob(id: $id) {\n    ...BulkJobFields\n    ... on GoalsUpsertJob {\n      results(first: $first, after: $after, onlyFailed: $onlyFailed) {\n        edges {\n          cursor\n          reconciled\n          node {\n            __typename\n            ... on GoalWritten {\n              index\n              uid\n              traceId\n            }\n            ...ItemErrorFields\n            ... on UserNotFound {\n              uid\n            }\n            ... on GoalAlreadyExists {\n              uid\n            }\n          }\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n}": types.GoalsUpsertJobResultsDocument,
    "mutation GoalsUpsertJobStart($input: GoalsUpsertInput!, $uploadId: ID) {\n  goalsUpsertJobStart(input: $input, uploadId: $uploadId) {\n    ...BulkJobFields\n  }\n}": types.GoalsUpsertJobStartDocument,
    "mutation GoalsUpsert($input: GoalsUpsertInput!) {\n  goalsUpsert(input: $input) {\n    succeeded\n    failed\n    traceIds\n    results {\n      __typename\n      ... on GoalWritten {\n        index\n        uid\n        traceId\n      }\n      ...ItemErrorFields\n      ... on UserNotFound {\n        uid\n      }\n      ... on GoalAlreadyExists {\n        uid\n      }\n    }\n  }\n}": types.GoalsUpsertDocument,
    "query Goals($year: Int!, $assessType: AssessType!, $uids: [Int!]) {\n  goals(year: $year, assessType: $assessType, uids: $uids) {\n    uid\n    realName\n    organizations\n    year\n    assessType\n    currency\n    monthlyGoals\n    monthlyActuals\n    monthlyCompletionRates\n    yearGoal\n    yearActual\n    yearCompletion\n    createdAt\n    updatedAt\n  }\n}": types.GoalsDocument,
    "fragment ItemErrorFields on ItemError {\n  index\n  code\n  message\n  retryable\n  ... on ValidationError {\n    field\n  }\n  ... on QuotaExhausted {\n    retryAfter\n  }\n  ... on DeadlineExceeded {\n    deadlineMs\n  }\n  ... on ProviderRejected {\n    providerCode\n    providerMessage\n    providerTraceId\n  }\n  ... on OutcomeUnknown {\n    providerTraceId\n  }\n}": types.ItemErrorFieldsFragmentDoc,
    "query OpportunitiesUpdateJobResults($id: ID!, $first: Int, $after: String, $onlyFailed: Boolean) {\n  bulkJob(id: $id) {\n    ...BulkJobFields\n    ... on OpportunitiesUpdateJob {\n      results(first: $first, after: $after, onlyFailed: $onlyFailed) {\n        edges {\n          cursor\n          reconciled\n          node {\n            __typename\n            ... on OpportunityUpdated {\n              index\n              opportunityCode\n              id\n              changedFields\n            }\n            ...ItemErrorFields\n            ... on OpportunityNotFound {\n              opportunityCode\n            }\n            ... on InvalidStage {\n              stage\n            }\n          }\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n}": types.OpportunitiesUpdateJobResultsDocument,
    "mutation OpportunitiesUpdateJobStart($input: OpportunitiesUpdateInput!, $uploadId: ID) {\n  opportunitiesUpdateJobStart(input: $input, uploadId: $uploadId) {\n    ...BulkJobFields\n  }\n}": types.OpportunitiesUpdateJobStartDocument,
    "mutation OpportunitiesUpdate($input: OpportunitiesUpdateInput!) {\n  opportunitiesUpdate(input: $input) {\n    succeeded\n    failed\n    results {\n      __typename\n      ... on OpportunityUpdated {\n        index\n        opportunityCode\n        id\n        changedFields\n      }\n      ...ItemErrorFields\n      ... on OpportunityNotFound {\n        opportunityCode\n      }\n      ... on InvalidStage {\n        stage\n      }\n    }\n  }\n}": types.OpportunitiesUpdateDocument,
    "mutation OpportunityUpdate($input: OpportunityUpdateInput!) {\n  opportunityUpdate(input: $input) {\n    __typename\n    ... on OpportunityUpdated {\n      index\n      opportunityCode\n      id\n      changedFields\n    }\n    ...ItemErrorFields\n    ... on OpportunityNotFound {\n      opportunityCode\n    }\n    ... on InvalidStage {\n      stage\n    }\n  }\n}": types.OpportunityUpdateDocument,
    "query ProviderQuotas {\n  providerQuotas {\n    provider\n    ledger\n    waiting\n    jobChunksWaiting\n    bannedUntil\n    limits {\n      appliesTo\n      kind\n      capacity\n      periodSeconds\n      used\n      remaining\n      nextFreeAt\n      resetsAt\n    }\n  }\n}": types.ProviderQuotasDocument,
    "query TouchTasksSubmitJobResults($id: ID!, $first: Int, $after: String, $onlyFailed: Boolean) {\n  bulkJob(id: $id) {\n    ...BulkJobFields\n    ... on TouchTasksSubmitJob {\n      results(first: $first, after: $after, onlyFailed: $onlyFailed) {\n        edges {\n          cursor\n          reconciled\n          node {\n            __typename\n            ... on TouchTaskSubmitted {\n              index\n              taskId\n              bizId\n              traceId\n            }\n            ...ItemErrorFields\n          }\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n}": types.TouchTasksSubmitJobResultsDocument,
    "mutation TouchTasksSubmitJobStart($input: TouchTasksSubmitInput!, $uploadId: ID) {\n  touchTasksSubmitJobStart(input: $input, uploadId: $uploadId) {\n    ...BulkJobFields\n  }\n}": types.TouchTasksSubmitJobStartDocument,
    "mutation TouchTasksSubmit($input: TouchTasksSubmitInput!) {\n  touchTasksSubmit(input: $input) {\n    taskUniqueCode\n    succeeded\n    failed\n    traceIds\n    results {\n      __typename\n      ... on TouchTaskSubmitted {\n        index\n        taskId\n        bizId\n        traceId\n      }\n      ...ItemErrorFields\n    }\n  }\n}": types.TouchTasksSubmitDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AccountingRulesSyncJobResults($id: ID!, $first: Int, $after: String, $onlyFailed: Boolean) {\n  bulkJob(id: $id) {\n    ...BulkJobFields\n    ... on AccountingRulesSyncJob {\n      results(first: $first, after: $after, onlyFailed: $onlyFailed) {\n        edges {\n          cursor\n          reconciled\n          node {\n            __typename\n            ... on AccountingRuleSynced {\n              index\n              ruleCode\n              warnings\n              bizId\n            }\n            ...ItemErrorFields\n          }\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n}"): typeof import('./graphql.js').AccountingRulesSyncJobResultsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AccountingRulesSyncJobStart($input: AccountingRulesSyncInput!, $uploadId: ID) {\n  accountingRulesSyncJobStart(input: $input, uploadId: $uploadId) {\n    ...BulkJobFields\n  }\n}"): typeof import('./graphql.js').AccountingRulesSyncJobStartDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AccountingRulesSync($input: AccountingRulesSyncInput!) {\n  accountingRulesSync(input: $input) {\n    syncId\n    succeeded\n    failed\n    created\n    updated\n    traceIds\n    results {\n      __typename\n      ... on AccountingRuleSynced {\n        index\n        ruleCode\n        warnings\n        bizId\n      }\n      ...ItemErrorFields\n    }\n  }\n}"): typeof import('./graphql.js').AccountingRulesSyncDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AccountingRules($filter: AccountingRuleFilter, $page: Int, $pageSize: Int, $locale: Locale) {\n  accountingRules(\n    filter: $filter\n    page: $page\n    pageSize: $pageSize\n    locale: $locale\n  ) {\n    page\n    pageSize\n    totalPages\n    totalCount\n    items {\n      code\n      structureCode\n      accountEventCode\n      accountCode\n      priority\n      ruleCondition\n      deleted\n      updatedAt\n    }\n  }\n}"): typeof import('./graphql.js').AccountingRulesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation BulkJobCancel($id: ID!) {\n  bulkJobCancel(id: $id) {\n    ...BulkJobFields\n  }\n}"): typeof import('./graphql.js').BulkJobCancelDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment BulkJobFields on BulkJob {\n  __typename\n  id\n  state\n  waitingUntil\n  createdAt\n  startedAt\n  finishedAt\n  failure\n  estimatedCompletionAt\n  counts {\n    total\n    settled\n    pending\n    succeeded\n    failed\n    reconciled\n    byOutcome {\n      type\n      count\n    }\n  }\n}"): typeof import('./graphql.js').BulkJobFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "subscription BulkJobProgress($id: ID!) {\n  bulkJobProgress(id: $id) {\n    ...BulkJobFields\n  }\n}"): typeof import('./graphql.js').BulkJobProgressDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query BulkJob($id: ID!) {\n  bulkJob(id: $id) {\n    ...BulkJobFields\n  }\n}"): typeof import('./graphql.js').BulkJobDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query BulkJobs($filter: BulkJobFilter, $first: Int, $after: String) {\n  bulkJobs(filter: $filter, first: $first, after: $after) {\n    edges {\n      cursor\n      node {\n        ...BulkJobFields\n      }\n    }\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n  }\n}"): typeof import('./graphql.js').BulkJobsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query GoalsDeleteJobResults($id: ID!, $first: Int, $after: String, $onlyFailed: Boolean) {\n  bulkJob(id: $id) {\n    ...BulkJobFields\n    ... on GoalsDeleteJob {\n      results(first: $first, after: $after, onlyFailed: $onlyFailed) {\n        edges {\n          cursor\n          reconciled\n          node {\n            __typename\n            ... on GoalDeleted {\n              index\n              uid\n              traceId\n            }\n            ...ItemErrorFields\n          }\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n}"): typeof import('./graphql.js').GoalsDeleteJobResultsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation GoalsDeleteJobStart($input: GoalsDeleteInput!, $uploadId: ID) {\n  goalsDeleteJobStart(input: $input, uploadId: $uploadId) {\n    ...BulkJobFields\n  }\n}"): typeof import('./graphql.js').GoalsDeleteJobStartDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation GoalsDelete($input: GoalsDeleteInput!) {\n  goalsDelete(input: $input) {\n    succeeded\n    failed\n    deletedCount\n    traceIds\n    results {\n      __typename\n      ... on GoalDeleted {\n        index\n        uid\n        traceId\n      }\n      ...ItemErrorFields\n    }\n  }\n}"): typeof import('./graphql.js').GoalsDeleteDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query GoalsUpsertJobResults($id: ID!, $first: Int, $after: String, $onlyFailed: Boolean) {\n  bulkJob(id: $id) {\n    ...BulkJobFields\n    ... on GoalsUpsertJob {\n      results(first: $first, after: $after, onlyFailed: $onlyFailed) {\n        edges {\n          cursor\n          reconciled\n          node {\n            __typename\n            ... on GoalWritten {\n              index\n              uid\n              traceId\n            }\n            ...ItemErrorFields\n            ... on UserNotFound {\n              uid\n            }\n            ... on GoalAlreadyExists {\n              uid\n            }\n          }\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n}"): typeof import('./graphql.js').GoalsUpsertJobResultsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation GoalsUpsertJobStart($input: GoalsUpsertInput!, $uploadId: ID) {\n  goalsUpsertJobStart(input: $input, uploadId: $uploadId) {\n    ...BulkJobFields\n  }\n}"): typeof import('./graphql.js').GoalsUpsertJobStartDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation GoalsUpsert($input: GoalsUpsertInput!) {\n  goalsUpsert(input: $input) {\n    succeeded\n    failed\n    traceIds\n    results {\n      __typename\n      ... on GoalWritten {\n        index\n        uid\n        traceId\n      }\n      ...ItemErrorFields\n      ... on UserNotFound {\n        uid\n      }\n      ... on GoalAlreadyExists {\n        uid\n      }\n    }\n  }\n}"): typeof import('./graphql.js').GoalsUpsertDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Goals($year: Int!, $assessType: AssessType!, $uids: [Int!]) {\n  goals(year: $year, assessType: $assessType, uids: $uids) {\n    uid\n    realName\n    organizations\n    year\n    assessType\n    currency\n    monthlyGoals\n    monthlyActuals\n    monthlyCompletionRates\n    yearGoal\n    yearActual\n    yearCompletion\n    createdAt\n    updatedAt\n  }\n}"): typeof import('./graphql.js').GoalsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment ItemErrorFields on ItemError {\n  index\n  code\n  message\n  retryable\n  ... on ValidationError {\n    field\n  }\n  ... on QuotaExhausted {\n    retryAfter\n  }\n  ... on DeadlineExceeded {\n    deadlineMs\n  }\n  ... on ProviderRejected {\n    providerCode\n    providerMessage\n    providerTraceId\n  }\n  ... on OutcomeUnknown {\n    providerTraceId\n  }\n}"): typeof import('./graphql.js').ItemErrorFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query OpportunitiesUpdateJobResults($id: ID!, $first: Int, $after: String, $onlyFailed: Boolean) {\n  bulkJob(id: $id) {\n    ...BulkJobFields\n    ... on OpportunitiesUpdateJob {\n      results(first: $first, after: $after, onlyFailed: $onlyFailed) {\n        edges {\n          cursor\n          reconciled\n          node {\n            __typename\n            ... on OpportunityUpdated {\n              index\n              opportunityCode\n              id\n              changedFields\n            }\n            ...ItemErrorFields\n            ... on OpportunityNotFound {\n              opportunityCode\n            }\n            ... on InvalidStage {\n              stage\n            }\n          }\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n}"): typeof import('./graphql.js').OpportunitiesUpdateJobResultsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation OpportunitiesUpdateJobStart($input: OpportunitiesUpdateInput!, $uploadId: ID) {\n  opportunitiesUpdateJobStart(input: $input, uploadId: $uploadId) {\n    ...BulkJobFields\n  }\n}"): typeof import('./graphql.js').OpportunitiesUpdateJobStartDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation OpportunitiesUpdate($input: OpportunitiesUpdateInput!) {\n  opportunitiesUpdate(input: $input) {\n    succeeded\n    failed\n    results {\n      __typename\n      ... on OpportunityUpdated {\n        index\n        opportunityCode\n        id\n        changedFields\n      }\n      ...ItemErrorFields\n      ... on OpportunityNotFound {\n        opportunityCode\n      }\n      ... on InvalidStage {\n        stage\n      }\n    }\n  }\n}"): typeof import('./graphql.js').OpportunitiesUpdateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation OpportunityUpdate($input: OpportunityUpdateInput!) {\n  opportunityUpdate(input: $input) {\n    __typename\n    ... on OpportunityUpdated {\n      index\n      opportunityCode\n      id\n      changedFields\n    }\n    ...ItemErrorFields\n    ... on OpportunityNotFound {\n      opportunityCode\n    }\n    ... on InvalidStage {\n      stage\n    }\n  }\n}"): typeof import('./graphql.js').OpportunityUpdateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ProviderQuotas {\n  providerQuotas {\n    provider\n    ledger\n    waiting\n    jobChunksWaiting\n    bannedUntil\n    limits {\n      appliesTo\n      kind\n      capacity\n      periodSeconds\n      used\n      remaining\n      nextFreeAt\n      resetsAt\n    }\n  }\n}"): typeof import('./graphql.js').ProviderQuotasDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query TouchTasksSubmitJobResults($id: ID!, $first: Int, $after: String, $onlyFailed: Boolean) {\n  bulkJob(id: $id) {\n    ...BulkJobFields\n    ... on TouchTasksSubmitJob {\n      results(first: $first, after: $after, onlyFailed: $onlyFailed) {\n        edges {\n          cursor\n          reconciled\n          node {\n            __typename\n            ... on TouchTaskSubmitted {\n              index\n              taskId\n              bizId\n              traceId\n            }\n            ...ItemErrorFields\n          }\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n}"): typeof import('./graphql.js').TouchTasksSubmitJobResultsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation TouchTasksSubmitJobStart($input: TouchTasksSubmitInput!, $uploadId: ID) {\n  touchTasksSubmitJobStart(input: $input, uploadId: $uploadId) {\n    ...BulkJobFields\n  }\n}"): typeof import('./graphql.js').TouchTasksSubmitJobStartDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation TouchTasksSubmit($input: TouchTasksSubmitInput!) {\n  touchTasksSubmit(input: $input) {\n    taskUniqueCode\n    succeeded\n    failed\n    traceIds\n    results {\n      __typename\n      ... on TouchTaskSubmitted {\n        index\n        taskId\n        bizId\n        traceId\n      }\n      ...ItemErrorFields\n    }\n  }\n}"): typeof import('./graphql.js').TouchTasksSubmitDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
