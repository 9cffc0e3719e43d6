/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** What a goal measures (LingXing `assessType`). */
export type AssessType =
  /** Sales amount, in the goal currency (LingXing 1). */
  | 'SALES_AMOUNT'
  /** Units sold (LingXing 2). */
  | 'SALES_VOLUME';

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

/** One user's goal: twelve monthly values. */
export type GoalInput = {
  /** Exactly 12 values, January to December, each ≥ 0. */
  monthlyValues: Array<number>;
  /** LingXing user id (positive). Each uid at most once per batch. */
  uid: number;
};

/** How a goal write treats a user who already has a goal for the year and assess type. */
export type GoalWriteMode =
  /** Create the goal; an existing one is left unchanged and answered GoalAlreadyExists (LingXing 更新, operateType 2, as the provider behaves). */
  | 'CREATE_ONLY'
  /** Create the goal, or replace all twelve values of an existing one (LingXing 覆盖, operateType 1). Safe to resend. */
  | 'OVERWRITE';

/** Users whose goal to delete for one year and assess type. */
export type GoalsDeleteInput = {
  /** Which goals. */
  assessType: AssessType;
  /** LingXing user ids (positive); each gets one result at the same index. */
  uids: Array<number>;
  /** Goal year: last year, this year or next year (LingXing calendar, GMT+8). */
  year: number;
};

/** Goals to write for one year and assess type. */
export type GoalsUpsertInput = {
  /** What the goals measure. */
  assessType: AssessType;
  /** Currency of the values. */
  currency: CurrencyCode;
  /** The goals; each gets one result at the same index. */
  goals: Array<GoalInput>;
  /** What happens to existing goals. Default OVERWRITE. */
  mode?: GoalWriteMode;
  /** Goal year: last year, this year or next year (LingXing calendar, GMT+8). */
  year: number;
};

/** Machine-readable reason an input item was not done. Switch on this; show `message` to people. */
export type ItemErrorCode =
  /** The user already has a goal for this year and assess type, and the write mode was CREATE_ONLY. */
  | 'GOAL_ALREADY_EXISTS'
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

export type GoalsDeleteMutationVariables = Exact<{
  input: GoalsDeleteInput;
}>;


export type GoalsDeleteMutation = { goalsDelete: { succeeded: number, failed: number, deletedCount: number, traceIds: Array<string>, results: Array<
      | { __typename: 'GoalDeleted', index: number, uid: number, traceId: string }
      | { __typename: 'OutcomeUnknown', index: number, code: ItemErrorCode, message: string, retryable: boolean, providerTraceId: string | null }
      | { __typename: 'ProviderRejected', index: number, code: ItemErrorCode, message: string, retryable: boolean, providerCode: string, providerMessage: string, providerTraceId: string | null }
      | { __typename: 'ProviderUnavailable', index: number, code: ItemErrorCode, message: string, retryable: boolean }
      | { __typename: 'QuotaExhausted', index: number, code: ItemErrorCode, message: string, retryable: boolean, retryAfter: string }
      | { __typename: 'ValidationError', index: number, code: ItemErrorCode, message: string, retryable: boolean, field: string }
    > } };

export type GoalsUpsertMutationVariables = Exact<{
  input: GoalsUpsertInput;
}>;


export type GoalsUpsertMutation = { goalsUpsert: { succeeded: number, failed: number, traceIds: Array<string>, results: Array<
      | { __typename: 'GoalAlreadyExists', index: number, code: ItemErrorCode, message: string, retryable: boolean, uid: number }
      | { __typename: 'GoalWritten', index: number, uid: number, traceId: string }
      | { __typename: 'OutcomeUnknown', index: number, code: ItemErrorCode, message: string, retryable: boolean, providerTraceId: string | null }
      | { __typename: 'ProviderRejected', index: number, code: ItemErrorCode, message: string, retryable: boolean, providerCode: string, providerMessage: string, providerTraceId: string | null }
      | { __typename: 'ProviderUnavailable', index: number, code: ItemErrorCode, message: string, retryable: boolean }
      | { __typename: 'QuotaExhausted', index: number, code: ItemErrorCode, message: string, retryable: boolean, retryAfter: string }
      | { __typename: 'UserNotFound', index: number, code: ItemErrorCode, message: string, retryable: boolean, uid: number }
      | { __typename: 'ValidationError', index: number, code: ItemErrorCode, message: string, retryable: boolean, field: string }
    > } };

export type GoalsQueryVariables = Exact<{
  year: number;
  assessType: AssessType;
  uids?: Array<number> | number | null | undefined;
}>;


export type GoalsQuery = { goals: Array<{ uid: number, realName: string | null, organizations: Array<string>, year: number, assessType: AssessType, currency: CurrencyCode | null, monthlyGoals: Array<number>, monthlyActuals: Array<number>, monthlyCompletionRates: Array<number>, yearGoal: number, yearActual: number, yearCompletion: number, createdAt: string | null, updatedAt: string | null }> };


export const GoalsDeleteDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"GoalsDelete"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"GoalsDeleteInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"goalsDelete"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"succeeded"}},{"kind":"Field","name":{"kind":"Name","value":"failed"}},{"kind":"Field","name":{"kind":"Name","value":"deletedCount"}},{"kind":"Field","name":{"kind":"Name","value":"traceIds"}},{"kind":"Field","name":{"kind":"Name","value":"results"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"GoalDeleted"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"index"}},{"kind":"Field","name":{"kind":"Name","value":"uid"}},{"kind":"Field","name":{"kind":"Name","value":"traceId"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ItemError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"index"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"retryable"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"QuotaExhausted"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"retryAfter"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ProviderRejected"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"providerCode"}},{"kind":"Field","name":{"kind":"Name","value":"providerMessage"}},{"kind":"Field","name":{"kind":"Name","value":"providerTraceId"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"OutcomeUnknown"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"providerTraceId"}}]}}]}}]}}]}}]} as unknown as DocumentNode<GoalsDeleteMutation, GoalsDeleteMutationVariables>;
export const GoalsUpsertDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"GoalsUpsert"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"GoalsUpsertInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"goalsUpsert"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"succeeded"}},{"kind":"Field","name":{"kind":"Name","value":"failed"}},{"kind":"Field","name":{"kind":"Name","value":"traceIds"}},{"kind":"Field","name":{"kind":"Name","value":"results"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"GoalWritten"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"index"}},{"kind":"Field","name":{"kind":"Name","value":"uid"}},{"kind":"Field","name":{"kind":"Name","value":"traceId"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ItemError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"index"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"retryable"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserNotFound"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"uid"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"GoalAlreadyExists"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"uid"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"QuotaExhausted"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"retryAfter"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ProviderRejected"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"providerCode"}},{"kind":"Field","name":{"kind":"Name","value":"providerMessage"}},{"kind":"Field","name":{"kind":"Name","value":"providerTraceId"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"OutcomeUnknown"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"providerTraceId"}}]}}]}}]}}]}}]} as unknown as DocumentNode<GoalsUpsertMutation, GoalsUpsertMutationVariables>;
export const GoalsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Goals"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"assessType"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AssessType"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"uids"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"goals"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}},{"kind":"Argument","name":{"kind":"Name","value":"assessType"},"value":{"kind":"Variable","name":{"kind":"Name","value":"assessType"}}},{"kind":"Argument","name":{"kind":"Name","value":"uids"},"value":{"kind":"Variable","name":{"kind":"Name","value":"uids"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"uid"}},{"kind":"Field","name":{"kind":"Name","value":"realName"}},{"kind":"Field","name":{"kind":"Name","value":"organizations"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"assessType"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"monthlyGoals"}},{"kind":"Field","name":{"kind":"Name","value":"monthlyActuals"}},{"kind":"Field","name":{"kind":"Name","value":"monthlyCompletionRates"}},{"kind":"Field","name":{"kind":"Name","value":"yearGoal"}},{"kind":"Field","name":{"kind":"Name","value":"yearActual"}},{"kind":"Field","name":{"kind":"Name","value":"yearCompletion"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]}}]} as unknown as DocumentNode<GoalsQuery, GoalsQueryVariables>;