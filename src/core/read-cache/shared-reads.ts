import type { Deadline } from '../deadline.js';
import { SingleFlight } from '../single-flight.js';
import { NO_READ_CACHE, type ReadCache } from './read-cache.js';

/** How one read's answer is kept: as text, or not at all (`encode` answers undefined). */
export interface ReadCodec<T> {
  encode(answer: T): string | undefined;
  decode(text: string): T;
}

/** Where a read's answer came from: a provider call, the read cache, or an identical call already in flight. */
export type ReadServed = 'provider' | 'cache' | 'shared';

/** One provider read, named for metrics (`read`), counted for its provider, kept in its cache group under `entry`. */
export interface ReadAt {
  readonly provider: string;
  readonly read: string;
  readonly group: string;
  readonly entry: string;
}

/** Reads of one provider answered so far by this replica: each from the cache or shared is a call and its quota saved. */
export interface ReadTally {
  provider: number;
  cache: number;
  shared: number;
}

/**
 * The one way ports read: identical reads in flight share one call (SingleFlight), answers are
 * kept in the read cache when READ_CACHE_TTL_MS is set, and a port's own write (`written`) fences
 * both for its group — later reads neither join a call that began before the write nor get an
 * answer kept from before it. Ports call it for every read and write, so inline requests and bulk
 * jobs alike read what the facade wrote.
 */
export class SharedReads {
  /** One SingleFlight per provider read, so a joiner's deadline error names the read. */
  private readonly flights = new Map<string, SingleFlight<unknown>>();
  private readonly tallies = new Map<string, ReadTally>();

  constructor(
    private readonly cache: ReadCache = NO_READ_CACHE,
    /** Told how each read was served, by read name (for metrics). */
    private readonly onServed: (read: string, served: ReadServed) => void = () => {},
  ) {}

  /** The answer of `load` (sent on the caller's own deadline), or one shared or kept. */
  async read<T>(at: ReadAt, codec: ReadCodec<T>, deadline: Deadline, load: (deadline: Deadline) => Promise<T>): Promise<T> {
    const name = `${at.provider} ${at.read}`;
    let flights = this.flights.get(name);
    if (!flights) this.flights.set(name, (flights = new SingleFlight(`${name} read`)));
    const key = `${at.group}\n${at.entry}`;
    return (await flights.run(
      key,
      deadline,
      (own) => this.cached(at, codec, () => load(own)),
      () => this.count(at, 'shared'),
    )) as T;
  }

  /** After a write to the group, applied or not: later reads start afresh, on every replica's cache. */
  async written(group: string): Promise<void> {
    for (const flights of this.flights.values()) flights.forget((key) => key.startsWith(`${group}\n`));
    if (this.cache.enabled) await this.cache.invalidate(group);
  }

  tally(provider: string): ReadTally {
    return { ...(this.tallies.get(provider) ?? { provider: 0, cache: 0, shared: 0 }) };
  }

  private async cached<T>(at: ReadAt, codec: ReadCodec<T>, load: () => Promise<T>): Promise<T> {
    if (!this.cache.enabled) {
      this.count(at, 'provider');
      return load();
    }
    const kept = await this.cache.get(at.group, at.entry);
    if (kept !== undefined) {
      this.count(at, 'cache');
      return codec.decode(kept);
    }
    this.count(at, 'provider');
    // Taken before the call: an answer loaded across a write to the group is not kept.
    const version = await this.cache.version(at.group);
    const answer = await load();
    const text = codec.encode(answer);
    if (text !== undefined) await this.cache.set(at.group, at.entry, text, version);
    return answer;
  }

  private count(at: ReadAt, served: ReadServed): void {
    let tally = this.tallies.get(at.provider);
    if (!tally) this.tallies.set(at.provider, (tally = { provider: 0, cache: 0, shared: 0 }));
    tally[served]++;
    this.onServed(at.read, served);
  }
}
