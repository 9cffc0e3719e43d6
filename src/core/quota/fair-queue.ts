/**
 * Callers waiting for one quota, fair between owners (the principals calling): each owner's
 * callers wait in arrival order, and owners take turns, so one caller with 2,000 requests in the
 * queue delays another's first request by one turn, not by 2,000 calls. Background callers (bulk
 * jobs, each its own owner) take turns the same way, behind every foreground caller: a person
 * waiting at a screen goes first.
 */
export class FairQueue<W> {
  // A Map keeps insertion order: its first owner is the one whose turn it is. Foreground, then background.
  private readonly lanes = [new Map<string, W[]>(), new Map<string, W[]>()] as const;
  private count = 0;

  get length(): number {
    return this.count;
  }

  /** How many of `owner`'s callers wait. */
  waitingOf(owner: string, background = false): number {
    return this.lane(background).get(owner)?.length ?? 0;
  }

  /** Background callers waiting. */
  get waitingInBackground(): number {
    let count = 0;
    for (const own of this.lanes[1].values()) count += own.length;
    return count;
  }

  push(owner: string, waiter: W, background = false): void {
    const lane = this.lane(background);
    const own = lane.get(owner);
    if (own) own.push(waiter);
    else lane.set(owner, [waiter]);
    this.count++;
  }

  /** The caller whose turn it is. */
  first(): W | undefined {
    for (const lane of this.lanes) {
      const next = lane.values().next();
      if (!next.done) return next.value[0];
    }
    return undefined;
  }

  /** Takes `waiter` out; when it was the first of its owner's turn, its owner goes to the back of the turns. */
  remove(owner: string, waiter: W, background = false): void {
    const lane = this.lane(background);
    const own = lane.get(owner);
    const position = own?.indexOf(waiter) ?? -1;
    if (!own || position < 0) return;
    const wasFirst = position === 0 && lane.keys().next().value === owner;
    own.splice(position, 1);
    this.count--;
    if (own.length === 0) lane.delete(owner);
    else if (wasFirst) {
      lane.delete(owner);
      lane.set(owner, own);
    }
  }

  private lane(background: boolean): Map<string, W[]> {
    return this.lanes[background ? 1 : 0];
  }
}
