import { defineModule } from '../facade-module.js';
import { OPPORTUNITIES_UPDATE_JOB, OpportunitiesUpdateJob } from './opportunity.jobs.js';
import { OPPORTUNITY_LIMITS } from './opportunity.limits.js';
import { OpportunityResolver } from './opportunity.resolver.js';
import { OpportunityService } from './opportunity.service.js';

/** CRM opportunities: partial updates, one or many. */
export const opportunitiesModule = defineModule({
  name: 'opportunities',
  resolvers: [OpportunityResolver, OpportunitiesUpdateJob.JobResolver],
  scopes: ['opportunities:write'],
  batchLimits: OPPORTUNITY_LIMITS,
  service: ({ ports, crmStages }) => new OpportunityService({ port: ports.opportunities, stages: crmStages }),
  jobKinds: (service, { parallelChunks }) => service.jobKinds(parallelChunks.crm),
  jobViews: { [OPPORTUNITIES_UPDATE_JOB.kind]: OpportunitiesUpdateJob.view },
});
