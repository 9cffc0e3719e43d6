/** The quota cannot admit this work before the request's deadline; nothing was sent. */
export class QuotaExhaustedError extends Error {
  override name = 'QuotaExhaustedError';
  constructor(
    readonly retryAt: number,
    readonly policy: string,
  ) {
    super(`${policy}: quota exhausted until ${new Date(retryAt).toISOString()}`);
  }
}
