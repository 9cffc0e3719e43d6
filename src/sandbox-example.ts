import { providerYear } from './providers/lingxing/port.js';

/** What Apollo Sandbox opens with: a goals upsert whose second row is bad, to show per-item results. */
const year = providerYear(Date.now());

export const SANDBOX_EXAMPLE = {
  document: `mutation GoalsUpsert($input: GoalsUpsertInput!) {
  goalsUpsert(input: $input) {
    succeeded
    failed
    traceIds
    results {
      __typename
      ... on GoalWritten { index uid }
      ... on ItemError { index code message retryable }
      ... on ValidationError { field }
    }
  }
}
`,
  variables: {
    input: {
      year,
      assessType: 'SALES_AMOUNT',
      currency: 'CNY',
      goals: [
        { uid: 100001, monthlyValues: [100, 100, 100, 100, 100, 100, 100, 100, 100, 100, 100, 100] },
        { uid: 100002, monthlyValues: [100, 100, 100] },
        { uid: 999999, monthlyValues: [1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1] },
      ],
    },
  },
};
