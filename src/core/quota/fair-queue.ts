/**
 * Callers waiting for one quota, fair between owners (the principals calling): each owner's
 * callers wait in arrival order, and owners take turns, so one caller with 2,000 requests in the
 * queue delays another's first request by one turn, not by 2,000 calls.
 */
export class FairQueue<W> {
  // A Map keeps insertion order: its first owner is the one whose turn it is.
  private readonly byOwner = new Map<string, W[]>();
  private count = 0;

  get length(): number {
    return this.count;
  }

  /** How many of `owner`'s callers wait. */
  waitingOf(owner: string): number {
    return this.byOwner.get(owner)?.length ?? 0;
  }

  push(owner: string, waiter: W): void {
    const own = this.byOwner.get(owner);
    if (own) own.push(waiter);
    else this.byOwner.set(owner, [waiter]);
    this.count++;
  }

  /** The caller whose turn it is. */
  first(): W | undefined {
    const next = this.byOwner.values().next();
    return next.done ? undefined : next.value[0];
  }

  /** Takes `waiter` out; when it was the one whose turn it was, its owner goes to the back of the turns. */
  remove(owner: string, waiter: W): void {
    const own = this.byOwner.get(owner);
    const position = own?.indexOf(waiter) ?? -1;
    if (!own || position < 0) return;
    const wasFirst = position === 0 && this.byOwner.keys().next().value === owner;
    own.splice(position, 1);
    this.count--;
    if (own.length === 0) this.byOwner.delete(owner);
    else if (wasFirst) {
      this.byOwner.delete(owner);
      this.byOwner.set(owner, own);
    }
  }
}
