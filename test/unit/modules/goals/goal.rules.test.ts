import { describe, expect, it } from 'vitest';
import { goalProblem, uidProblem } from '../../../../src/modules/goals/goal.rules.js';

const twelve = (value = 1) => Array.from({ length: 12 }, () => value);

describe('goal rules', () => {
  it('accepts a positive uid with 12 values of zero or more', () => {
    expect(goalProblem({ uid: 7, monthlyValues: [0, ...twelve(2.5).slice(1)] })).toBeUndefined();
  });

  it('names the field of the first rule broken, relative to the goal, uid first', () => {
    expect(goalProblem({ uid: 0, monthlyValues: [] })).toEqual({ field: 'uid', message: 'uid must be a positive integer.' });
    expect(goalProblem({ uid: 1, monthlyValues: twelve().slice(1) })).toEqual({
      field: 'monthlyValues',
      message: 'monthlyValues must hold exactly 12 values, January to December.',
    });
    expect(goalProblem({ uid: 1, monthlyValues: [...twelve(), 1] })?.field).toBe('monthlyValues');
    const values = twelve();
    values[4] = -0.01;
    expect(goalProblem({ uid: 1, monthlyValues: values })).toEqual({ field: 'monthlyValues[4]', message: 'monthly values must be ≥ 0.' });
  });

  it('refuses a uid that is not positive', () => {
    expect(uidProblem(-4)).toEqual({ field: '', message: 'uid must be a positive integer.' });
    expect(uidProblem(4)).toBeUndefined();
  });
});
