import { registerEnumType } from 'type-graphql';

/** Why one input item was not done. One enum for every operation, so clients switch on it once. */
export enum ItemErrorCode {
  VALIDATION_FAILED = 'VALIDATION_FAILED',
  QUOTA_EXHAUSTED = 'QUOTA_EXHAUSTED',
  DEADLINE_EXCEEDED = 'DEADLINE_EXCEEDED',
  PROVIDER_REJECTED = 'PROVIDER_REJECTED',
  PROVIDER_MISCONFIGURED = 'PROVIDER_MISCONFIGURED',
  PROVIDER_UNAVAILABLE = 'PROVIDER_UNAVAILABLE',
  OUTCOME_UNKNOWN = 'OUTCOME_UNKNOWN',
  CANCELED = 'CANCELED',
  USER_NOT_FOUND = 'USER_NOT_FOUND',
  GOAL_ALREADY_EXISTS = 'GOAL_ALREADY_EXISTS',
  OPPORTUNITY_NOT_FOUND = 'OPPORTUNITY_NOT_FOUND',
  INVALID_STAGE = 'INVALID_STAGE',
  INVALID_CONFIDENCE = 'INVALID_CONFIDENCE',
}

registerEnumType(ItemErrorCode, {
  name: 'ItemErrorCode',
  description: 'Machine-readable reason an input item was not done. Switch on this; show `message` to people.',
  valuesConfig: {
    VALIDATION_FAILED: { description: 'The item breaks a provider rule. Nothing was sent. Fix the field named in `field`.' },
    QUOTA_EXHAUSTED: { description: "The provider's quota could not admit the item before the deadline. Nothing was sent. Retry after `retryAfter`." },
    DEADLINE_EXCEEDED: {
      description:
        "The request's deadline passed before the item's call was admitted (it was waiting its turn, or for an in-flight slot). Nothing was sent. Retry with a longer deadline (`x-deadline-ms`) or a smaller batch.",
    },
    PROVIDER_REJECTED: { description: 'The provider refused the item; its own code and message are attached.' },
    PROVIDER_MISCONFIGURED: {
      description: "The provider refused the facade's credentials, permissions or signature. Nothing was applied; an operator must fix the configuration.",
    },
    PROVIDER_UNAVAILABLE: { description: 'The provider could not be reached; the call never reached it. Safe to retry.' },
    OUTCOME_UNKNOWN: {
      description: 'The call was sent but its answer was lost: the item may or may not have been applied. Read before retrying unless `retryable` is true.',
    },
    CANCELED: { description: 'The bulk job was canceled before this item was sent. Nothing was applied; start a new job to send it.' },
    USER_NOT_FOUND: { description: 'LingXing has no user with this uid.' },
    GOAL_ALREADY_EXISTS: { description: 'The user already has a goal for this year and assess type, and the write mode was CREATE_ONLY.' },
    OPPORTUNITY_NOT_FOUND: { description: 'The CRM has no opportunity with this code.' },
    INVALID_STAGE: { description: "The stage is not in the CRM's stage dictionary." },
    INVALID_CONFIDENCE: { description: 'The CRM accepts confidence A, B or C only.' },
  },
});
