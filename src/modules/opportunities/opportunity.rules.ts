import { z } from 'zod';

const positiveId = z.number().int().positive('must be greater than 0.');

/** Not documented by the CRM: the facade's own bounds on free text (README, Security). */
export const OPPORTUNITY_BOUNDS = { codeCharacters: 128, textCharacters: 1_000, descriptionCharacters: 4_000 } as const;
const text = (name: string, max: number = OPPORTUNITY_BOUNDS.textCharacters) => z.string().max(max, `${name} must be at most ${max} characters.`).optional();

/** The CRM's rules for the fields that are sent (null is handled before: it is never allowed). */
export const updateRule = z.object({
  opportunityCode: z
    .string()
    .trim()
    .min(1, 'opportunityCode must not be empty.')
    .max(OPPORTUNITY_BOUNDS.codeCharacters, `opportunityCode must be at most ${OPPORTUNITY_BOUNDS.codeCharacters} characters.`),
  opportunityName: text('opportunityName'),
  projectLocation: text('projectLocation'),
  operatorName: text('operatorName'),
  opportunityType: text('opportunityType'),
  productType: text('productType'),
  source: text('source'),
  preSalesName: text('preSalesName'),
  competitorName: text('competitorName'),
  stage: text('stage', OPPORTUNITY_BOUNDS.codeCharacters),
  description: text('description', OPPORTUNITY_BOUNDS.descriptionCharacters),
  amount: z.number().positive('amount must be greater than 0.').optional(),
  salesExpansionId: positiveId.optional(),
  channelExpansionId: positiveId.optional(),
  preSalesId: positiveId.optional(),
});
