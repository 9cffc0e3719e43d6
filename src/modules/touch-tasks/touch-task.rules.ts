import { z } from 'zod';
import { jsonBoundsProblem } from '../../core/json-bounds.js';

/** Not documented by TOP: the facade's own bounds on a task's free-form values (README, Security). */
export const TASK_BOUNDS = { textCharacters: 256, json: { maxDepth: 32, maxBytes: 16_384 } } as const;

/** TOP's ids are Java longs; the facade takes them as digits and sends JSON numbers, so they must be safe integers. */
export const longId = z
  .string()
  .regex(/^\d{1,16}$/, 'must be digits')
  .refine((id) => Number.isSafeInteger(Number(id)) && Number(id) > 0, 'must be a positive integer up to 9007199254740991');

export const taskUniqueCodeRule = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, 'taskUniqueCode must be 1–64 letters, digits, `-` or `_`.');

const text = z.string().min(1, 'must not be empty when given').max(TASK_BOUNDS.textCharacters, `must be at most ${TASK_BOUNDS.textCharacters} characters`);
/** A JSON object param, bounded in depth and size, so one hostile task fails alone. */
const json = (name: string) =>
  z.custom<Record<string, unknown>>().superRefine((value, ctx) => {
    const problem = jsonBoundsProblem(value, TASK_BOUNDS.json);
    if (problem) ctx.addIssue({ code: 'custom', message: `${name} ${problem}.` });
  });

export const taskRule = z.object({
  inputParams: json('inputParams'),
  outputParams: json('outputParams'),
  bookChargeBizInfo: json('bookChargeBizInfo').nullish(),
  phoneNumber: z
    .string()
    .regex(/^\+?\d{6,20}$/, 'phoneNumber must be 6–20 digits with an optional leading +.')
    .nullish(),
  email: z.email('email is not a valid address.').nullish(),
  bizId: text.nullish(),
  sourceId: longId.nullish(),
  departmentId: longId.nullish(),
  appointmentTimeId: longId.nullish(),
  policyId: longId.nullish(),
  bookUserId: longId.nullish(),
  cmsUserId: longId.nullish(),
  outerUserId: text.nullish(),
  userName: text.nullish(),
  cmsMemberType: text.nullish(),
});

export const batchRule = z.object({
  planId: longId,
  taskUniqueCode: taskUniqueCodeRule.nullish(),
  batchNum: text.nullish(),
  useBookInfo: z.object({ usePlatform: text, bookCode: text, bookOwnerId: longId }).nullish(),
});
