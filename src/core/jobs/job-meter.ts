/** What bulk jobs tell the metrics (Prometheus in the facade). */
export interface JobMeter {
  /** A job was started (`QUEUED`, or at once `COMPLETED` when nothing could be sent), or ended (`COMPLETED`, `CANCELED`). */
  jobState(kind: string, state: string): void;
  /** Items answered, by result type. */
  itemsSettled(kind: string, byType: ReadonlyMap<string, number>): void;
  /** How long a chunk waited from being queued (or deferred) to being sent. */
  chunkWaited(provider: string, seconds: number): void;
  /** Lost answers a read-back settled. */
  reconciled(kind: string, count: number): void;
}
