import { defineModule } from '../facade-module.js';
import { QuotaResolver } from './quota.resolver.js';

/** Every provider quota the facade keeps, from the ledger admission uses. Its data are the root services' quotas. */
export const quotasModule = defineModule({
  name: 'quotas',
  resolvers: [QuotaResolver],
  scopes: ['quotas:read'],
});
