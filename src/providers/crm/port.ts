import type { Deadline } from '../../core/deadline.js';
import type { CrmClient, UpdateOutcome } from './client.js';
import type { WireOpportunityUpdate } from './wire.js';

export type { CrmRefusal } from './refusals.js';
export type { UpdateOutcome } from './client.js';

/**
 * A partial update of one opportunity, in the domain's words: the fields present (not null)
 * change, the rest stay. `confidence` is the CRM's A/B/C; dates are Dates.
 */
export interface OpportunityChange {
  readonly opportunityCode: string;
  readonly opportunityName?: string | null;
  readonly projectLocation?: string | null;
  readonly operatorName?: string | null;
  readonly amount?: number | null;
  readonly expectedCloseDate?: Date | null;
  readonly confidence?: string | null;
  readonly stage?: string | null;
  readonly opportunityType?: string | null;
  readonly productType?: string | null;
  readonly source?: string | null;
  readonly salesExpansionId?: number | null;
  readonly channelExpansionId?: number | null;
  readonly preSalesId?: number | null;
  readonly preSalesName?: string | null;
  readonly competitorName?: string | null;
  readonly archived?: boolean | null;
  readonly pushedToOms?: boolean | null;
  readonly omsPushTime?: Date | null;
  readonly status?: string | null;
  readonly description?: string | null;
}

export interface OpportunitiesPort {
  /** Not idempotent: an update whose answer was lost is never resent. */
  update(change: OpportunityChange, deadline: Deadline): Promise<UpdateOutcome>;
}

/** The port over the real (or emulated) CRM, through its client. */
export function crmOpportunities(client: CrmClient): OpportunitiesPort {
  return { update: (change, deadline) => client.update(wireUpdate(change), deadline) };
}

/** The CRM's names and formats; only the fields sent. */
function wireUpdate(change: OpportunityChange): WireOpportunityUpdate {
  const wire: Record<string, unknown> = { opportunityCode: change.opportunityCode };
  for (const [field, value] of Object.entries(change)) {
    if (field === 'opportunityCode' || value === undefined || value === null) continue;
    if (field === 'confidence') wire.confidencePct = value;
    else if (field === 'expectedCloseDate') wire.expectedCloseDate = (value as Date).toISOString().slice(0, 10);
    else if (field === 'omsPushTime') wire.omsPushTime = (value as Date).toISOString();
    else wire[field] = value;
  }
  return wire as unknown as WireOpportunityUpdate;
}
