import type { ReadCache } from './read-cache.js';

/** How one read's answer is kept: as text, or not at all (`encode` answers undefined). */
export interface ReadCodec<T> {
  encode(answer: T): string | undefined;
  decode(text: string): T;
}

/**
 * The cached answer of a read, else the provider's (`load`), kept for the next reads unless a
 * write dropped the group while it was loading. `counted` hears hit (true) or miss.
 */
export async function readThrough<T>(
  cache: ReadCache,
  at: { readonly group: string; readonly entry: string },
  codec: ReadCodec<T>,
  load: () => Promise<T>,
  counted: (hit: boolean) => void = () => {},
): Promise<T> {
  const cached = await cache.get(at.group, at.entry);
  counted(cached !== undefined);
  if (cached !== undefined) return codec.decode(cached);
  const version = await cache.version(at.group);
  const answer = await load();
  const text = codec.encode(answer);
  if (text !== undefined) await cache.set(at.group, at.entry, text, version);
  return answer;
}
