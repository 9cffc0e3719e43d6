import DataLoader from 'dataloader';
import type { Deadline } from '../../core/deadline.js';
import type { GoalService } from './goal.service.js';
import type { AssessType, Goal } from './goal.types.js';

export interface GoalsKey {
  readonly year: number;
  readonly assessType: AssessType;
}

export type GoalsLoader = DataLoader<GoalsKey, Goal[], string>;

/** Per request: every `goals` field for one (year, type) shares one batchSelect. */
export function createGoalsLoader(service: GoalService, deadline: Deadline): GoalsLoader {
  return new DataLoader<GoalsKey, Goal[], string>(
    (keys) => Promise.all(keys.map((key) => service.select(key.year, key.assessType, deadline).catch((error: Error) => error))),
    { cacheKeyFn: (key) => `${key.year}:${key.assessType}` },
  );
}
