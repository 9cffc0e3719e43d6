/**
 * Provider answers kept for READ_CACHE_TTL_MS, so a repeated read spends no quota. Entries live in
 * groups (one read's answers, e.g. every page of accounting rules); the facade's own writes drop
 * the group they change. A read takes the group's version before its provider call and stores its
 * answer only if no write dropped the group meanwhile, so a read that raced a write never keeps
 * the answer from before it.
 */
export interface ReadCache {
  /** False when READ_CACHE_TTL_MS is 0: callers skip the cache altogether. */
  readonly enabled: boolean;
  get(group: string, entry: string): Promise<string | undefined>;
  /** Taken before the provider call; `set` with it stores nothing if the group was dropped since. */
  version(group: string): Promise<string>;
  set(group: string, entry: string, value: string, version: string): Promise<void>;
  /** After a write: every entry of the group goes, on every replica. */
  invalidate(group: string): Promise<void>;
  close(): Promise<void>;
}

/** READ_CACHE_TTL_MS=0, the default: every read goes to the provider. */
export const NO_READ_CACHE: ReadCache = {
  enabled: false,
  get: async () => undefined,
  version: async () => '',
  set: async () => {},
  invalidate: async () => {},
  close: async () => {},
};
