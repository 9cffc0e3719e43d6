import type { Context } from '@opentelemetry/api';
import type { Clock } from './clock.js';
import { systemClock } from './clock.js';

/**
 * The moment by which one GraphQL request must have its work admitted: every wait for a token,
 * a quota or a retry checks it. A call already sent is not cut off by it (see sendHttp).
 */
export class Deadline {
  constructor(
    readonly at: number,
    private readonly clock: Clock = systemClock,
    /** How long the request was given, for messages ("the deadline of 300 ms"). */
    readonly budgetMs: number = Math.max(0, at - clock.now()),
    /** Who the work is for (the principal): quota waits are fair between owners. */
    readonly owner: string = 'anonymous',
    /** Background work (a bulk job's chunk): it waits behind every request a person is waiting on, and takes only its share of a window. */
    readonly background: boolean = false,
    /**
     * The trace the work belongs to (its span's OpenTelemetry context), when tracing is on. It
     * travels with the deadline, which reaches every chunk and call, so spans nest without
     * AsyncLocalStorage, whose promise hooks cost Node 20 every promise the facade makes.
     */
    readonly trace?: Context,
  ) {}

  static in(ms: number, clock: Clock = systemClock, owner?: string, trace?: Context): Deadline {
    return new Deadline(clock.now() + ms, clock, ms, owner, false, trace);
  }

  /** The same deadline, for work inside the span of `trace`. */
  within(trace: Context): Deadline {
    return new Deadline(this.at, this.clock, this.budgetMs, this.owner, this.background, trace);
  }

  remainingMs(): number {
    return Math.max(0, this.at - this.clock.now());
  }

  get expired(): boolean {
    return this.remainingMs() === 0;
  }
}
