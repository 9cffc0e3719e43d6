/** Time source, injectable so tests and emulators can move time without sleeping. */
export interface Clock {
  now(): number;
  /** Calls `listener` whenever the clock jumps (a test's clock); the system clock never does. */
  onJump?(listener: () => void): void;
}

export const systemClock: Clock = { now: () => Date.now() };

/** A clock tests move by hand. */
export class ManualClock implements Clock {
  private readonly listeners = new Set<() => void>();
  constructor(private current = Date.now()) {}
  now(): number {
    return this.current;
  }
  onJump(listener: () => void): void {
    this.listeners.add(listener);
  }
  advance(ms: number): void {
    this.current += ms;
    for (const listener of this.listeners) listener();
  }
  set(ms: number): void {
    this.current = ms;
    for (const listener of this.listeners) listener();
  }
}
