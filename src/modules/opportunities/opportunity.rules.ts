import { z } from 'zod';

const positiveId = z.number().int().positive('must be greater than 0.');

/** The CRM's rules for the fields that are sent (null is handled before: it is never allowed). */
export const updateRule = z.object({
  opportunityCode: z.string().trim().min(1, 'opportunityCode must not be empty.'),
  amount: z.number().positive('amount must be greater than 0.').optional(),
  salesExpansionId: positiveId.optional(),
  channelExpansionId: positiveId.optional(),
  preSalesId: positiveId.optional(),
});
