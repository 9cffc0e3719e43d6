/**
 * Faults an emulator can inject into the calls it accepts, for tests and benchmarks:
 * - `http-500`: answers 500 without applying the call.
 * - `http-503`: answers 503 without applying the call.
 * - `drop-before`: closes the connection without applying the call.
 * - `drop-after`: applies the call, then closes the connection (the answer is lost).
 * - `malformed-after`: applies the call, then answers unreadable JSON.
 * - `timeout-before`: says nothing for `hangMs`, then closes, without applying the call.
 * - `timeout-after`: applies the call, says nothing for `hangMs`, then closes.
 * - `slow-body`: applies the call, sends the headers and half the body, stalls for `hangMs`, then closes.
 */
export const FAULT_KINDS = ['http-500', 'http-503', 'drop-before', 'drop-after', 'malformed-after', 'timeout-before', 'timeout-after', 'slow-body'] as const;
export type FaultKind = (typeof FAULT_KINDS)[number];

/** Drawn when no kinds are given: the faults that cost no waiting (the others outlast the client's timeouts). */
export const INSTANT_FAULTS: readonly FaultKind[] = ['http-500', 'http-503', 'drop-before', 'drop-after', 'malformed-after'];

export interface FaultSettings {
  /** Added before every answer, in ms. */
  readonly latencyMs?: number;
  /** Share of calls (0..1) that get a fault. */
  readonly errorRate?: number;
  /** Which faults to draw from; all of them by default. */
  readonly kinds?: readonly FaultKind[];
  /** Seed for a repeatable sequence of faults. */
  readonly seed?: number;
  /** At most this many faults, then none (e.g. 1: lose one answer, then answer the resend). */
  readonly limit?: number;
  /** How long the timeout and slow-body faults stall (longer than the client's timeouts); 2 s by default. */
  readonly hangMs?: number;
}

/** Draws faults from a seeded generator so a failing test replays the same sequence. */
export class FaultPlan {
  private state: number;
  /** How many faults this plan has drawn. */
  injected = 0;

  constructor(readonly settings: FaultSettings = {}) {
    this.state = (settings.seed ?? 1) >>> 0;
  }

  get latencyMs(): number {
    return this.settings.latencyMs ?? 0;
  }

  get hangMs(): number {
    return this.settings.hangMs ?? 2_000;
  }

  next(): FaultKind | undefined {
    const rate = this.settings.errorRate ?? 0;
    if (this.injected >= (this.settings.limit ?? Infinity)) return undefined;
    if (rate <= 0 || this.random() >= rate) return undefined;
    const kinds = this.settings.kinds?.length ? this.settings.kinds : INSTANT_FAULTS;
    this.injected++;
    return kinds[Math.floor(this.random() * kinds.length)];
  }

  // mulberry32
  private random(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }
}

export function sleep(ms: number): Promise<void> {
  return ms > 0 ? new Promise((resolve) => setTimeout(resolve, ms)) : Promise.resolve();
}
