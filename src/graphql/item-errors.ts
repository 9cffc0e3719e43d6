import { Field, Int, ObjectType } from 'type-graphql';
import { ItemErrorCode } from './item-error-code.js';
import { ItemError } from './item-error.js';

// simpleResolvers: results are plain data; skipping per-field middleware keeps large batches cheap.

@ObjectType('ValidationError', {
  implements: ItemError,
  simpleResolvers: true,
  description: 'The item breaks a provider rule; nothing was sent for it.',
})
export class ValidationError extends ItemError {
  @Field(() => String, { description: 'Path of the offending input field, e.g. `goals[3].monthlyValues[11]`.' })
  field!: string;

  static of(index: number, field: string, message: string): ValidationError {
    return Object.assign(new ValidationError(), { index, code: ItemErrorCode.VALIDATION_FAILED, message, retryable: false, field });
  }
}

@ObjectType('QuotaExhausted', {
  implements: ItemError,
  simpleResolvers: true,
  description: "The provider's quota could not admit the item before the request deadline; nothing was sent.",
})
export class QuotaExhausted extends ItemError {
  @Field(() => Date, { description: 'When capacity is certain to be back; retry the item then.' })
  retryAfter!: Date;

  static of(index: number, retryAfter: Date, message: string): QuotaExhausted {
    return Object.assign(new QuotaExhausted(), { index, code: ItemErrorCode.QUOTA_EXHAUSTED, message, retryable: true, retryAfter });
  }
}

@ObjectType('DeadlineExceeded', {
  implements: ItemError,
  simpleResolvers: true,
  description:
    "The request's deadline passed while the item waited to be admitted (its turn, or an in-flight slot): nothing was sent. Unlike QuotaExhausted, capacity was not known to be gone; a longer deadline or a smaller batch would have let it through.",
})
export class DeadlineExceeded extends ItemError {
  @Field(() => Int, { description: 'The deadline the request had, in milliseconds (`REQUEST_DEADLINE_MS`, or the `x-deadline-ms` header).' })
  deadlineMs!: number;

  static of(index: number, deadlineMs: number, message: string): DeadlineExceeded {
    return Object.assign(new DeadlineExceeded(), { index, code: ItemErrorCode.DEADLINE_EXCEEDED, message, retryable: true, deadlineMs });
  }
}

@ObjectType('ProviderRejected', {
  implements: ItemError,
  simpleResolvers: true,
  description: "The provider answered and refused the item (or the facade's credentials); its own code and message are kept.",
})
export class ProviderRejected extends ItemError {
  @Field(() => String, { description: "The provider's error code, as the provider sent it." })
  providerCode!: string;

  @Field(() => String, { description: "The provider's error message, as the provider sent it." })
  providerMessage!: string;

  @Field(() => String, { nullable: true, description: "The provider's trace id for the call, to quote to the provider's support." })
  providerTraceId?: string | null;

  static of(
    index: number,
    fields: { code?: ItemErrorCode; message: string; providerCode: string; providerMessage: string; traceId?: string | undefined },
  ): ProviderRejected {
    return Object.assign(new ProviderRejected(), {
      index,
      code: fields.code ?? ItemErrorCode.PROVIDER_REJECTED,
      message: fields.message,
      retryable: false,
      providerCode: fields.providerCode,
      providerMessage: fields.providerMessage,
      providerTraceId: fields.traceId ?? null,
    });
  }
}

@ObjectType('ProviderUnavailable', {
  implements: ItemError,
  simpleResolvers: true,
  description: 'The call for this item failed before the provider saw it; nothing was applied. Safe to retry.',
})
export class ProviderUnavailable extends ItemError {
  static of(index: number, message: string): ProviderUnavailable {
    return Object.assign(new ProviderUnavailable(), { index, code: ItemErrorCode.PROVIDER_UNAVAILABLE, message, retryable: true });
  }
}

@ObjectType('OutcomeUnknown', {
  implements: ItemError,
  simpleResolvers: true,
  description:
    'The call for this item was sent but its answer was lost: it may or may not have been applied. `retryable` says whether resending is harmless for this operation.',
})
export class OutcomeUnknown extends ItemError {
  @Field(() => String, { nullable: true, description: "The provider's trace id, when one was received." })
  providerTraceId?: string | null;

  static of(index: number, message: string, retryable: boolean, traceId?: string): OutcomeUnknown {
    return Object.assign(new OutcomeUnknown(), {
      index,
      code: ItemErrorCode.OUTCOME_UNKNOWN,
      message,
      retryable,
      providerTraceId: traceId ?? null,
    });
  }
}

@ObjectType('Canceled', {
  implements: ItemError,
  simpleResolvers: true,
  description: 'The bulk job was canceled before this item was sent: nothing was applied. (Inline mutations never answer it.)',
})
export class Canceled extends ItemError {
  static of(index: number): Canceled {
    return Object.assign(new Canceled(), {
      index,
      code: ItemErrorCode.CANCELED,
      message: 'The job was canceled before this item was sent; nothing was applied.',
      retryable: true,
    });
  }
}

/** The item errors every batch operation can answer, after its own result types in each result union. */
export const BATCH_ITEM_ERRORS = [ValidationError, QuotaExhausted, DeadlineExceeded, ProviderRejected, ProviderUnavailable, OutcomeUnknown, Canceled] as const;
