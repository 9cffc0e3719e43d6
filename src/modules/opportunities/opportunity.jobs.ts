import { defineBulkJobType } from '../../graphql/bulk-job-type.js';
import type { BulkJobStart } from '../../graphql/start-bulk-job.js';
import { OpportunityUpdateResult } from './opportunity.results.js';

export const OpportunitiesUpdateJob = defineBulkJobType({
  name: 'OpportunitiesUpdateJob',
  resultName: 'OpportunityUpdateResult',
  union: OpportunityUpdateResult,
  description:
    'A bulk `opportunitiesUpdate`: `results` answers each update as the inline mutation would. An update whose worker died mid-call is never resent: it answers OutcomeUnknown.',
});

export const OPPORTUNITIES_UPDATE_JOB: BulkJobStart = { kind: 'opportunitiesUpdate', list: 'opportunities', itemType: 'OpportunityUpdateInput' };
