import type { ItemOutcomes } from '../core/batch/batch-operation.js';
import { itemErrorFor } from './failure-mapping.js';
import type { ItemError } from './item-error.js';
import { OutcomeUnknown, ValidationError } from './item-errors.js';

/** How the batch runner's own answers read in the schema: ValidationError, or the item error for a failure. */
export const ITEM_OUTCOMES: ItemOutcomes<ItemError> = {
  invalid: (index, field, message) => ValidationError.of(index, field, message),
  failed: (error, index, safeToResend) => itemErrorFor(error, index, safeToResend),
  isUnknown: (result) => result instanceof OutcomeUnknown,
};
