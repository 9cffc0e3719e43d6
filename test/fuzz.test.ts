import fc from 'fast-check';
import { type DocumentSource, documentText } from '../src/client/index.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  AccountingRulesSyncDocument,
  GoalsDeleteDocument,
  GoalsDocument,
  GoalsUpsertDocument,
  OpportunitiesUpdateDocument,
  OpportunityUpdateDocument,
  TouchTasksSubmitDocument,
} from '../src/client/index.js';
import { type Harness, startHarness, thisYear } from './support/harness.js';

/**
 * Hostile and malformed input for every operation: the facade never crashes, never answers 5xx,
 * and every accepted batch answers each of its items. FUZZ_RUNS sets the runs per property
 * (`npm run fuzz` runs 1,000; `npm test` a CI-sized 25).
 */
const RUNS = Number(process.env.FUZZ_RUNS ?? 25);
const SEED = process.env.FUZZ_SEED ? Number(process.env.FUZZ_SEED) : undefined;
const options = { numRuns: RUNS, ...(SEED !== undefined ? { seed: SEED } : {}) };

const hostileString = fc.oneof(
  fc.string({ maxLength: 40 }),
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.string({ unit: 'grapheme', maxLength: 20 }),
  fc.constantFrom(
    '',
    ' ',
    '\u0000',
    '\uD800',
    '𠜎'.repeat(30),
    '\u202Eevil',
    "'; DROP TABLE goals; --",
    '<script>alert(1)</script>',
    'x'.repeat(70_000),
    '١٢٣',
    'NaN',
  ),
);
const hostileNumber = fc.oneof(
  fc.integer(),
  fc.double(),
  fc.constantFrom(0, -0, -1, 1, 2 ** 31 - 1, 2 ** 31, -(2 ** 31) - 1, 2 ** 53, Number.MAX_VALUE, Number.MIN_VALUE, thisYear, thisYear + 1, thisYear - 2, 1e21),
);
const anything = fc.oneof(hostileString, hostileNumber, fc.boolean(), fc.constant(null), fc.jsonValue({ maxDepth: 3 }));
const maybe = <T>(arbitrary: fc.Arbitrary<T>) => fc.oneof({ weight: 4, arbitrary }, { weight: 1, arbitrary: anything });
const list = <T>(item: fc.Arbitrary<T>) => fc.oneof({ weight: 6, arbitrary: fc.array(item, { maxLength: 25 }) }, { weight: 1, arbitrary: anything });
const enumValue = (...values: string[]) => maybe(fc.constantFrom(...values));

const uid = maybe(fc.oneof(fc.integer({ min: 100_001, max: 100_200 }), hostileNumber));
const goal = maybe(fc.record({ uid, monthlyValues: list(maybe(hostileNumber)) }, { requiredKeys: [] }));
const goalsUpsert = fc.record({
  year: maybe(fc.constantFrom(thisYear, thisYear + 1, thisYear - 1)),
  assessType: enumValue('SALES_AMOUNT', 'SALES_VOLUME'),
  currency: enumValue('CNY', 'USD', 'EUR'),
  mode: enumValue('OVERWRITE', 'CREATE_ONLY'),
  goals: list(goal),
});
const goalsDelete = fc.record({ year: maybe(fc.constant(thisYear)), assessType: enumValue('SALES_AMOUNT'), uids: list(uid) });
const jsonObject = maybe(fc.dictionary(hostileString, anything, { maxKeys: 5 }));
const task = maybe(
  fc.record(
    {
      inputParams: jsonObject,
      outputParams: jsonObject,
      phoneNumber: maybe(hostileString),
      email: maybe(hostileString),
      bizId: maybe(hostileString),
      userName: maybe(hostileString),
    },
    { requiredKeys: [] },
  ),
);
const touchTasks = fc.record(
  { planId: maybe(fc.constantFrom('1002', '1001', '9999')), taskUniqueCode: maybe(hostileString), tasks: list(task) },
  { requiredKeys: ['tasks'] },
);
const opportunity = maybe(
  fc.record(
    {
      opportunityCode: maybe(fc.constantFrom('OPP-20260401-001', 'OPP-20260401-050', 'OPP-MISSING')),
      amount: maybe(hostileNumber),
      stage: maybe(hostileString),
      confidence: enumValue('A', 'B', 'C'),
      expectedCloseDate: maybe(fc.constantFrom('2026-02-30', '2026-12-01', '0000-00-00')),
      description: maybe(hostileString),
    },
    { requiredKeys: [] },
  ),
);
const rule = maybe(
  fc.record(
    {
      code: maybe(hostileString),
      structureCode: maybe(fc.constantFrom('default', '')),
      accountEventCode: maybe(fc.constantFrom('EXP_DR', 'ODD')),
      accountCode: maybe(fc.constantFrom('540101', '999999')),
      priority: maybe(hostileNumber),
      ruleCondition: jsonObject,
    },
    { requiredKeys: [] },
  ),
);

let harness: Harness;
beforeAll(async () => {
  harness = await startHarness();
});
afterAll(() => harness.close());

async function send(query: string, variables: unknown): Promise<{ status: number; body: { data?: Record<string, any> | null; errors?: unknown[] } }> {
  const response = await fetch(harness.facade.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query, variables }),
  });
  return { status: response.status, body: (await response.json()) as { data?: Record<string, any> | null } };
}

/** Status below 500; and when the batch was accepted, one result per input item. */
async function checkBatch(document: DocumentSource, field: string, listName: string, input: Record<string, unknown>): Promise<void> {
  const { status, body } = await send(documentText(document), { input });
  expect(status).toBeLessThan(500);
  const payload = body.data?.[field];
  // GraphQL coerces a single value given for a list into a list of one.
  const sent = input[listName];
  if (payload) expect(payload.results).toHaveLength(Array.isArray(sent) ? sent.length : 1);
  else expect(body.errors?.length).toBeGreaterThan(0);
}

describe('fuzz: every operation survives hostile input', () => {
  it('goalsUpsert', () =>
    fc.assert(
      fc.asyncProperty(goalsUpsert, (input) => checkBatch(GoalsUpsertDocument, 'goalsUpsert', 'goals', input)),
      options,
    ));
  it('goalsDelete', () =>
    fc.assert(
      fc.asyncProperty(goalsDelete, (input) => checkBatch(GoalsDeleteDocument, 'goalsDelete', 'uids', input)),
      options,
    ));
  it('touchTasksSubmit', () =>
    fc.assert(
      fc.asyncProperty(touchTasks, (input) => checkBatch(TouchTasksSubmitDocument, 'touchTasksSubmit', 'tasks', input)),
      options,
    ));
  it('opportunitiesUpdate', () =>
    fc.assert(
      fc.asyncProperty(fc.record({ opportunities: list(opportunity) }), (input) =>
        checkBatch(OpportunitiesUpdateDocument, 'opportunitiesUpdate', 'opportunities', input),
      ),
      options,
    ));
  it('accountingRulesSync', () =>
    fc.assert(
      fc.asyncProperty(fc.record({ rules: list(rule), locale: enumValue('EN_US', 'ZH_CN') }, { requiredKeys: ['rules'] }), (input) =>
        checkBatch(AccountingRulesSyncDocument, 'accountingRulesSync', 'rules', input),
      ),
      options,
    ));

  it('opportunityUpdate and the queries', () =>
    fc.assert(
      fc.asyncProperty(
        opportunity,
        fc.record({ year: maybe(hostileNumber), assessType: enumValue('SALES_AMOUNT'), uids: list(uid) }),
        async (input, goalsArgs) => {
          const single = await send(documentText(OpportunityUpdateDocument), { input });
          expect(single.status).toBeLessThan(500);
          const read = await send(documentText(GoalsDocument), goalsArgs);
          expect(read.status).toBeLessThan(500);
        },
      ),
      options,
    ));

  it('arbitrary, deep and aliased query documents', () =>
    fc.assert(
      fc.asyncProperty(
        fc.oneof(
          hostileString,
          fc
            .integer({ min: 1, max: 60 })
            .map((n) => `{ ${Array.from({ length: n }, (_, i) => `a${i}: providerQuotas { provider limits { used } }`).join(' ')} }`),
          fc.integer({ min: 1, max: 400 }).map((n) => `${'{ goals(year: 1, assessType: SALES_AMOUNT) '.repeat(n)}${'}'.repeat(n)}`),
          fc.integer({ min: 1, max: 3_000 }).map((n) => `query Q${'($v: Int)'.repeat(Math.min(n, 5))} { __typename ${'@skip(if: false) '.repeat(n)}}`),
        ),
        async (query) => {
          const { status } = await send(query, {});
          expect(status).toBeLessThan(500);
        },
      ),
      options,
    ));

  it('still serves after all of it', async () => {
    const { body } = await send(documentText(GoalsDocument), { year: thisYear, assessType: 'SALES_AMOUNT' });
    expect(Array.isArray(body.data?.goals)).toBe(true);
  });
});
