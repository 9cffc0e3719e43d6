/**
 * The request's deadline passed before this work was admitted: nothing was sent for it. Distinct
 * from QuotaExhaustedError, where the quota itself cannot admit the work before the deadline.
 */
export class DeadlineExceededError extends Error {
  override name = 'DeadlineExceededError';
  constructor(
    /** The deadline the request had, in ms from its start. */
    readonly budgetMs: number,
    readonly policy: string,
  ) {
    super(`${policy}: not admitted within the request's deadline of ${budgetMs} ms`);
  }
}
