import { describe, expect, it } from 'vitest';
import { Deadline } from '../../../../src/core/deadline.js';
import { ProviderFailure } from '../../../../src/core/http/provider-failure.js';
import type { OpportunityUpdateInput } from '../../../../src/modules/opportunities/opportunity.inputs.js';
import { OpportunityService } from '../../../../src/modules/opportunities/opportunity.service.js';
import { FakeOpportunitiesPort } from '../../../../src/providers/crm/fake.js';

const update = (opportunityCode: string, fields: Record<string, unknown>) => ({ opportunityCode, ...fields }) as OpportunityUpdateInput;

function service() {
  const port = new FakeOpportunitiesPort(
    new Map([
      ['OPP-1', 11],
      ['OPP-2', 12],
    ]),
  );
  return { port, opportunities: new OpportunityService({ port, stages: ['lead', 'won'] }) };
}

describe('OpportunityService', () => {
  it('updates each opportunity once, answering updated, not found, an invalid stage before any call, and a repeat', async () => {
    const { port, opportunities } = service();
    const payload = await opportunities.updateMany(
      [update('OPP-1', { amount: 5 }), update('OPP-404', { amount: 5 }), update('OPP-2', { stage: 'dreaming' }), update('OPP-1', { amount: 6 })],
      Deadline.in(1_000),
    );
    expect(payload.results.map((result) => result.constructor.name)).toEqual(['OpportunityUpdated', 'OpportunityNotFound', 'InvalidStage', 'ValidationError']);
    expect(payload.results[0]).toMatchObject({ id: '11', changedFields: ['amount'] });
    expect(payload.results[3]).toMatchObject({ field: 'opportunities[3].opportunityCode' });
    expect(port.updates.map((sent) => sent.opportunityCode).sort()).toEqual(['OPP-1', 'OPP-404']);
  });

  it('never resends an update whose answer was lost, and names fields without a list for one opportunity', async () => {
    const { port, opportunities } = service();
    port.failures.push(new ProviderFailure('outcome-unknown', 'The CRM: the answer was lost', { provider: 'crm' }));
    expect(await opportunities.updateOne(update('OPP-1', { amount: 5 }), Deadline.in(1_000))).toMatchObject({ code: 'OUTCOME_UNKNOWN', retryable: false });
    expect(port.updates).toHaveLength(1);
    expect(await opportunities.updateOne(update('OPP-1', { amount: null }), Deadline.in(1_000))).toMatchObject({ field: 'amount' });
  });
});
