/** Where provider calls are counted and timed; the metrics module implements it. */
export interface CallMeter {
  /** One call ended: `outcome` is `ok`, `http-4xx`, `http-5xx`, `not-sent` or `outcome-unknown`. */
  observeCall(provider: string, operation: string, outcome: string, seconds: number): void;
}

export const unmetered: CallMeter = { observeCall: () => {} };
