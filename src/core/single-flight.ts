import type { Deadline } from './deadline.js';
import { DeadlineExceededError } from './deadline-exceeded.js';
import { QuotaExhaustedError } from './quota/quota-exhausted.js';

interface Flight<T> {
  readonly answer: Promise<T>;
  readonly deadline: Deadline;
}

/**
 * Identical reads in flight at the same moment share one provider call: one quota admission, one
 * answer parsed once. The first caller's call is joined by those that come while it runs; each
 * caller still waits only until its own deadline, and when the shared call ran out of its first
 * caller's deadline, a joiner with time left sends its own. Only for reads: writes never share.
 */
export class SingleFlight<T> {
  private readonly flights = new Map<string, Flight<T>>();

  /** `name` says what is read, in a joiner's DeadlineExceededError. */
  constructor(private readonly name: string) {}

  /** `call` runs on the caller's own deadline when no identical call is in flight; `joined` is told when a shared answer served the caller. */
  async run(key: string, deadline: Deadline, call: (deadline: Deadline) => Promise<T>, joined: () => void = () => {}): Promise<T> {
    const flight = this.flights.get(key);
    if (!flight) return this.lead(key, deadline, call);
    try {
      const answer = await withinDeadline(flight.answer, deadline, this.name);
      joined();
      return answer;
    } catch (error) {
      // The shared call gave up within its leader's deadline (not admitted in time): a caller with more time tries itself.
      const outOfTime = error instanceof DeadlineExceededError || error instanceof QuotaExhaustedError;
      if (outOfTime && flight.deadline.at < deadline.at && !deadline.expired) return this.run(key, deadline, call, joined);
      throw error;
    }
  }

  /**
   * After a write: calls already in flight may have read before it, so later callers start their
   * own (a request that wrote, then reads, sees its write). `matches` picks the keys; all without it.
   */
  forget(matches: (key: string) => boolean = () => true): void {
    for (const key of this.flights.keys()) if (matches(key)) this.flights.delete(key);
  }

  private lead(key: string, deadline: Deadline, call: (deadline: Deadline) => Promise<T>): Promise<T> {
    const answer = call(deadline);
    const flight = { answer, deadline };
    this.flights.set(key, flight);
    const land = () => {
      if (this.flights.get(key) === flight) this.flights.delete(key);
    };
    answer.then(land, land);
    return answer;
  }
}

/** The answer, or DeadlineExceededError once `deadline` passes first (the shared call goes on for the others). */
function withinDeadline<T>(answer: Promise<T>, deadline: Deadline, name: string): Promise<T> {
  if (deadline.expired) return Promise.reject(new DeadlineExceededError(deadline.budgetMs, name));
  let timer: NodeJS.Timeout | undefined;
  const expiry = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new DeadlineExceededError(deadline.budgetMs, name)), deadline.remainingMs());
  });
  return Promise.race([answer, expiry]).finally(() => clearTimeout(timer));
}
