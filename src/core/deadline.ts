import { setMaxListeners } from 'node:events';
import type { Clock } from './clock.js';
import { systemClock } from './clock.js';

/** The moment by which one GraphQL request must have its answer; every wait and call checks it. */
export class Deadline {
  private controller: AbortController | undefined;
  private timer: NodeJS.Timeout | undefined;

  constructor(
    readonly at: number,
    private readonly clock: Clock = systemClock,
  ) {}

  static in(ms: number, clock: Clock = systemClock): Deadline {
    return new Deadline(clock.now() + ms, clock);
  }

  remainingMs(): number {
    return Math.max(0, this.at - this.clock.now());
  }

  get expired(): boolean {
    return this.remainingMs() === 0;
  }

  /** Aborts when the deadline passes; created lazily so requests that never wait pay nothing. */
  get signal(): AbortSignal {
    if (!this.controller) {
      const controller = new AbortController();
      // Every provider call of a large batch listens to this one signal.
      setMaxListeners(0, controller.signal);
      this.controller = controller;
      this.timer = setTimeout(() => controller.abort(new Error('request deadline passed')), this.remainingMs());
      this.timer.unref();
    }
    return this.controller.signal;
  }

  /** Frees the timer once the request is answered. */
  dispose(): void {
    if (this.timer) clearTimeout(this.timer);
  }
}
