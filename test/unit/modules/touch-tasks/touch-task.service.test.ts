import { describe, expect, it } from 'vitest';
import { derivedId } from '../../../../src/core/batch/derived-id.js';
import { Deadline } from '../../../../src/core/deadline.js';
import type { TouchTasksSubmitInput } from '../../../../src/modules/touch-tasks/touch-task.inputs.js';
import { TouchTaskService } from '../../../../src/modules/touch-tasks/touch-task.service.js';
import { FakeTouchTasksPort } from '../../../../src/providers/top/fake.js';

const input = (count: number, extra: Partial<TouchTasksSubmitInput> = {}) =>
  ({
    planId: '1002',
    taskUniqueCode: 'batch-1',
    tasks: Array.from({ length: count }, (_, i) => ({
      inputParams: { n: i },
      outputParams: {},
      phoneNumber: i === 2 ? null : `1380000000${i}`,
      bizId: `b-${i}`,
    })),
    ...extra,
  }) as TouchTasksSubmitInput;

function service() {
  const port = new FakeTouchTasksPort((task) => (task.phoneNumber ? undefined : 'phone_number 必填'));
  return { port, tasks: new TouchTaskService({ port, chunkSize: 2, splitCalls: 0 }) };
}

describe('TouchTaskService', () => {
  it("submits tasks in chunks under codes derived from the batch's, answering each task", async () => {
    const { port, tasks } = service();
    const payload = await tasks.submit(input(3), Deadline.in(1_000));
    expect(payload.results.map((result) => result.constructor.name)).toEqual(['TouchTaskSubmitted', 'TouchTaskSubmitted', 'ProviderRejected']);
    expect(payload.results[2]).toMatchObject({ providerMessage: 'phone_number 必填' });
    expect(port.batches.map((batch) => batch.taskUniqueCode).sort()).toEqual([derivedId('batch-1', 0), derivedId('batch-1', 1)].sort());
    expect(payload.taskUniqueCode).toBe('batch-1');
  });

  it('answers a resubmission of the same tasks with the same ids, and of other tasks with TASK_UNIQUE_CODE_REUSED', async () => {
    const { port, tasks } = service();
    const first = await tasks.submit(input(2), Deadline.in(1_000));
    const same = await tasks.submit(input(2), Deadline.in(1_000));
    expect(same.results).toEqual(first.results.map((result) => expect.objectContaining({ taskId: (result as { taskId: string }).taskId })));
    const other = await tasks.submit({ ...input(2), tasks: input(2).tasks.map((task) => ({ ...task, inputParams: { other: true } })) }, Deadline.in(1_000));
    for (const result of other.results) expect(result).toMatchObject({ providerCode: 'TASK_UNIQUE_CODE_REUSED' });
    expect(port.created).toBe(2);
  });

  it('refuses a repeated bizId and a bad plan before any call', async () => {
    const { port, tasks } = service();
    const repeated = input(2);
    repeated.tasks[1]!.bizId = 'b-0';
    expect((await tasks.submit(repeated, Deadline.in(1_000))).results[1]).toMatchObject({ field: 'tasks[1].bizId' });
    const badPlan = await tasks.submit(input(2, { planId: 'x' }), Deadline.in(1_000));
    for (const result of badPlan.results) expect(result).toMatchObject({ code: 'VALIDATION_FAILED', field: 'planId' });
    expect(port.batches).toHaveLength(1);
  });
});
