import 'reflect-metadata';
import { accountingRulesModule } from './accounting-rules/index.js';
import { goalsModule } from './goals/index.js';
import { jobsModule } from './jobs/index.js';
import { opportunitiesModule } from './opportunities/index.js';
import { quotasModule } from './quotas/index.js';
import { touchTasksModule } from './touch-tasks/index.js';

/** Every module the facade serves, in the order the schema and the quota query list them. Adding a module: its folder, and this line. */
export const MODULES = [goalsModule, touchTasksModule, opportunitiesModule, accountingRulesModule, quotasModule, jobsModule] as const;
