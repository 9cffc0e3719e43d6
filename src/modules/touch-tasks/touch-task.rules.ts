import { z } from 'zod';

/** TOP's ids are Java longs; the facade takes them as digits and sends JSON numbers, so they must be safe integers. */
export const longId = z
  .string()
  .regex(/^\d{1,16}$/, 'must be digits')
  .refine((id) => Number.isSafeInteger(Number(id)) && Number(id) > 0, 'must be a positive integer up to 9007199254740991');

export const taskUniqueCodeRule = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, 'taskUniqueCode must be 1–64 letters, digits, `-` or `_`.');

const text = z.string().min(1, 'must not be empty when given');

export const taskRule = z.object({
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
