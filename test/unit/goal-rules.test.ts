import { describe, expect, it } from 'vitest';
import { goalProblem, uidProblem } from '../../src/modules/goals/goal.rules.js';

const twelve = (value = 1) => Array.from({ length: 12 }, () => value);

describe('goal rules', () => {
  it('accepts a positive uid with 12 values of zero or more', () => {
    expect(goalProblem({ uid: 7, monthlyValues: [0, ...twelve(2.5).slice(1)] }, 'goals[0]')).toBeUndefined();
  });

  it('names the field of the first rule broken, uid first', () => {
    expect(goalProblem({ uid: 0, monthlyValues: [] }, 'goals[3]')).toEqual({ field: 'goals[3].uid', message: 'uid must be a positive integer.' });
    expect(goalProblem({ uid: 1, monthlyValues: twelve().slice(1) }, 'goals[3]')).toEqual({
      field: 'goals[3].monthlyValues',
      message: 'monthlyValues must hold exactly 12 values, January to December.',
    });
    expect(goalProblem({ uid: 1, monthlyValues: [...twelve(), 1] }, 'goals[3]')?.field).toBe('goals[3].monthlyValues');
    const values = twelve();
    values[4] = -0.01;
    expect(goalProblem({ uid: 1, monthlyValues: values }, 'goals[3]')).toEqual({ field: 'goals[3].monthlyValues[4]', message: 'monthly values must be ≥ 0.' });
  });

  it('refuses a uid that is not positive', () => {
    expect(uidProblem(-4, 'uids[2]')).toEqual({ field: 'uids[2]', message: 'uid must be a positive integer.' });
    expect(uidProblem(4, 'uids[2]')).toBeUndefined();
  });
});
