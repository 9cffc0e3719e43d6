import { describe, expect, it } from 'vitest';
import { OpportunitiesUpdateDocument, OpportunityUpdateDocument } from '../src/client/index.js';
import { harnessPerTest } from './support/harness.js';

const start = harnessPerTest();
const code = (n: number) => `OPP-20260401-${String(n).padStart(3, '0')}`;

describe('opportunityUpdate', () => {
  it('applies the page example as a partial update: fields sent change, the rest stay', async () => {
    const h = await start();
    const before = { ...h.emulators.crm.get(code(1))! };
    const { opportunityUpdate } = await h.client.request(OpportunityUpdateDocument, {
      input: {
        opportunityCode: code(1),
        stage: 'won',
        status: 'WON',
        confidence: 'A',
        amount: 2_800_000,
        expectedCloseDate: '2026-04-30',
        description: '外部系统回写成交结果',
      },
    });
    if (opportunityUpdate.__typename !== 'OpportunityUpdated') throw new Error(`expected OpportunityUpdated, got ${opportunityUpdate.__typename}`);
    expect(opportunityUpdate).toMatchObject({ opportunityCode: code(1), id: String(before.id) });
    expect([...opportunityUpdate.changedFields].sort()).toEqual(['amount', 'confidence', 'description', 'expectedCloseDate', 'stage', 'status']);
    const after = h.emulators.crm.get(code(1))!;
    expect(after).toMatchObject({
      stage: 'won',
      status: 'won',
      confidencePct: 'A',
      amount: 2_800_000,
      expectedCloseDate: '2026-04-30',
      description: '外部系统回写成交结果',
    });
    for (const unchanged of ['opportunityName', 'projectLocation', 'operatorName', 'salesExpansionId', 'archived', 'endCustomer']) {
      expect(after[unchanged]).toEqual(before[unchanged]);
    }
  });

  it('sends omsPushTime as ISO 8601 and flags as booleans', async () => {
    const h = await start();
    await h.client.request(OpportunityUpdateDocument, { input: { opportunityCode: code(2), pushedToOms: true, omsPushTime: '2026-04-30T08:00:00.000Z' } });
    expect(h.emulators.crm.get(code(2))).toMatchObject({ pushedToOms: true, omsPushTime: '2026-04-30T08:00:00.000Z' });
  });

  it('answers each documented refusal with its own type', async () => {
    const h = await start();
    const update = (input: Record<string, unknown>) =>
      h.client.request(OpportunityUpdateDocument, { input: { opportunityCode: code(3), ...input } }).then((data) => data.opportunityUpdate);
    expect(await update({ opportunityCode: 'OPP-NOPE', amount: 1 })).toMatchObject({
      __typename: 'OpportunityNotFound',
      code: 'OPPORTUNITY_NOT_FOUND',
      opportunityCode: 'OPP-NOPE',
    });
    expect(await update({ stage: 'signed' })).toMatchObject({ __typename: 'InvalidStage', code: 'INVALID_STAGE', stage: 'signed' });
    expect(await update({})).toMatchObject({ __typename: 'ValidationError', field: 'opportunityCode', message: expect.stringContaining('at least one field') });
    expect(await update({ opportunityCode: '  ', amount: 1 })).toMatchObject({ __typename: 'ValidationError', field: 'opportunityCode' });
    expect(await update({ amount: 0 })).toMatchObject({ __typename: 'ValidationError', field: 'amount' });
    expect(await update({ preSalesId: -3 })).toMatchObject({ __typename: 'ValidationError', field: 'preSalesId' });
    expect(await update({ description: null })).toMatchObject({
      __typename: 'ValidationError',
      field: 'description',
      message: expect.stringContaining('cannot clear'),
    });
    // Only the not-found update reached the CRM; the facade caught the rest before any call.
    expect(h.emulators.crm.calls).toBe(1);
  });

  it('refuses a date that is not a calendar day as a malformed request', async () => {
    const h = await start();
    const response = await h.client.execute(OpportunityUpdateDocument, { input: { opportunityCode: code(4), expectedCloseDate: '2026-02-30' } });
    expect(response.errors?.[0]?.message).toMatch(/expectedCloseDate|Date/);
    expect(h.emulators.crm.calls).toBe(0);
  });
});

describe('opportunitiesUpdate', () => {
  it('answers a mixed batch in input order, refusing a repeated code for the later item', async () => {
    const h = await start();
    const { opportunitiesUpdate } = await h.client.request(OpportunitiesUpdateDocument, {
      input: {
        opportunities: [
          { opportunityCode: code(10), amount: 10 },
          { opportunityCode: 'OPP-MISSING', amount: 10 },
          { opportunityCode: code(11), stage: 'nowhere' },
          { opportunityCode: code(10), amount: 20 },
          { opportunityCode: code(12), confidence: 'C', status: 'LOST' },
          { opportunityCode: code(13), amount: null },
        ],
      },
    });
    expect(opportunitiesUpdate.results.map((result) => result.__typename)).toEqual([
      'OpportunityUpdated',
      'OpportunityNotFound',
      'InvalidStage',
      'ValidationError',
      'OpportunityUpdated',
      'ValidationError',
    ]);
    opportunitiesUpdate.results.forEach((result, index) => expect(result.index).toBe(index));
    expect(opportunitiesUpdate.results[3]).toMatchObject({ field: 'opportunities[3].opportunityCode', message: expect.stringContaining('index 0') });
    expect(opportunitiesUpdate.results[5]).toMatchObject({ field: 'opportunities[5].amount' });
    expect(opportunitiesUpdate).toMatchObject({ succeeded: 2, failed: 4 });
    expect(h.emulators.crm.get(code(10))!.amount).toBe(10);
    expect(h.emulators.crm.get(code(12))).toMatchObject({ confidencePct: 'C', status: 'lost' });
  });

  it('updates 300 opportunities with at most CRM_MAX_CONCURRENCY calls in flight', async () => {
    const h = await start({ env: { CRM_MAX_CONCURRENCY: '4', CRM_RATE_PER_SECOND: '10000' }, emulators: { crm: { faults: { latencyMs: 10 } } } });
    const opportunities = Array.from({ length: 300 }, (_, i) => ({ opportunityCode: code(i + 1), description: `note ${i}` }));
    const { opportunitiesUpdate } = await h.client.request(OpportunitiesUpdateDocument, { input: { opportunities } });
    expect(opportunitiesUpdate.succeeded).toBe(300);
    expect(h.emulators.crm.calls).toBe(300);
    expect(h.emulators.crm.peakInFlight).toBe(4);
    expect(h.emulators.crm.get(code(300))!.description).toBe('note 299');
  });
});

describe('CRM secret and lost answers', () => {
  it('answers PROVIDER_MISCONFIGURED on a wrong secret and never returns or logs a secret', async () => {
    const lines: string[] = [];
    const h = await start({ crmSecret: 'not-the-crm-secret-0042', env: { LOG_LEVEL: 'trace' }, logs: { write: (line) => void lines.push(line) } });
    const response = await h.client.execute(OpportunitiesUpdateDocument, {
      input: {
        opportunities: [
          { opportunityCode: code(20), amount: 5 },
          { opportunityCode: code(21), amount: 6 },
        ],
      },
    });
    for (const result of response.data!.opportunitiesUpdate.results) {
      expect(result).toMatchObject({ __typename: 'ProviderRejected', code: 'PROVIDER_MISCONFIGURED', message: expect.stringContaining('CRM_INTERNAL_SECRET') });
    }
    const everything = JSON.stringify(response) + lines.join('');
    expect(lines.length).toBeGreaterThan(0);
    expect(everything).not.toContain('not-the-crm-secret-0042');
    expect(everything).not.toContain(h.emulators.crm.internalSecret);
    expect(h.emulators.crm.get(code(20))!.amount).not.toBe(5);
  });

  it('reports an update whose answer was lost as OutcomeUnknown, sent exactly once', async () => {
    const h = await start();
    h.emulators.crm.setFaults({ errorRate: 1, kinds: ['drop-after'] });
    const { opportunityUpdate } = await h.client.request(OpportunityUpdateDocument, { input: { opportunityCode: code(30), amount: 77 } });
    expect(opportunityUpdate).toMatchObject({ __typename: 'OutcomeUnknown', code: 'OUTCOME_UNKNOWN', retryable: false });
    expect(h.emulators.crm.calls).toBe(1);
    expect(h.emulators.crm.get(code(30))!.amount).toBe(77); // it did land: unknown, never "failed"
  });

  it('retries an update that provably never left, and reports ProviderUnavailable when it never could', async () => {
    const h = await start();
    h.emulators.crm.setFaults({ errorRate: 1, kinds: ['http-503'] });
    const { opportunityUpdate } = await h.client.request(OpportunityUpdateDocument, { input: { opportunityCode: code(31), amount: 88 } });
    expect(opportunityUpdate).toMatchObject({ __typename: 'ProviderUnavailable', retryable: true });
    expect(h.emulators.crm.calls).toBe(3);
    expect(h.emulators.crm.get(code(31))!.amount).not.toBe(88);
  });
});
