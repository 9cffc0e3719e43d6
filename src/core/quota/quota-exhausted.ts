/** The quota cannot admit this work before the request's deadline; nothing was sent. */
export class QuotaExhaustedError extends Error {
  override name = 'QuotaExhaustedError';
  constructor(
    readonly retryAt: number,
    readonly policy: string,
    /** Said while Redis is away: the ledger may admit sooner once it is back (a bulk job asks again soon). */
    readonly provisional = false,
  ) {
    super(`${policy}: quota exhausted until ${new Date(retryAt).toISOString()}`);
  }
}
