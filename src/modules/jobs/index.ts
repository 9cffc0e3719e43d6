import { defineModule } from '../facade-module.js';
import { BulkJobResolver } from './bulk-job.resolver.js';

/** Following, paging and canceling bulk jobs of every kind; each module starts its own kinds. Its data are the root services' jobs. */
export const jobsModule = defineModule({
  name: 'jobs',
  resolvers: [BulkJobResolver],
  scopes: ['jobs:read'],
});
