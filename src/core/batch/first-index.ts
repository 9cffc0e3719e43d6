/** Remembers where each key first appeared in a batch, so a repeat can be refused with that place named. */
export class FirstIndex<K> {
  private readonly seen = new Map<K, number>();

  /** The earlier index of `key`, or undefined (and `index` is remembered) when this is its first appearance. */
  earlier(key: K, index: number): number | undefined {
    const earlier = this.seen.get(key);
    if (earlier === undefined) this.seen.set(key, index);
    return earlier;
  }
}
