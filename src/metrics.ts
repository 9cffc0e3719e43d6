import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';
import type { CallMeter } from './core/http/call-meter.js';
import type { PolicyUsage } from './core/quota/quota-store.js';
import type { Quotas } from './core/quota/quotas.js';
import type { JobMeter } from './core/jobs/job-meter.js';
import type { ReadServed } from './core/read-cache/shared-reads.js';

/** Where the quota ledger lives now: in this process only, in Redis, or this replica's share while Redis is away. */
export type LedgerModeName = 'memory' | 'redis' | 'fallback';

const LEDGER_MODES: readonly LedgerModeName[] = ['memory', 'redis', 'fallback'];

/** The facade's Prometheus metrics, one registry per facade. Quota gauges are read from the ledger at scrape time. */
export class FacadeMetrics implements CallMeter, JobMeter {
  readonly registry = new Registry();
  private readonly calls: Counter<'provider' | 'operation' | 'outcome'>;
  private readonly latency: Histogram<'provider' | 'operation'>;
  private readonly items: Counter<'operation' | 'result'>;
  private scrape: { at: number; usage: Promise<ScrapedUsage[]> } | undefined;
  private readonly jobStates: Counter<'kind' | 'state'>;
  private readonly jobItems: Counter<'kind' | 'result'>;
  private readonly chunkWait: Histogram<'provider'>;
  private readonly reconciliations: Counter<'kind'>;
  private readonly reads: Counter<'read' | 'served'>;

  constructor(
    private readonly quotas: Quotas,
    ledgerMode: () => LedgerModeName,
  ) {
    const registers = [this.registry];
    // prom-client calls each gauge's collect() with the gauge as `this`: the facade's own fields need another name.
    // eslint-disable-next-line @typescript-eslint/no-this-alias
    const metrics = this;
    collectDefaultMetrics({ register: this.registry, prefix: 'facade_' });
    this.calls = new Counter({
      name: 'facade_provider_calls_total',
      help: 'Provider calls by provider, operation and outcome (ok, http-4xx, http-5xx, not-sent, outcome-unknown).',
      labelNames: ['provider', 'operation', 'outcome'],
      registers,
    });
    this.latency = new Histogram({
      name: 'facade_provider_call_duration_seconds',
      help: 'Time from sending a provider call to having its whole answer.',
      labelNames: ['provider', 'operation'],
      buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30],
      registers,
    });
    this.items = new Counter({
      name: 'facade_item_outcomes_total',
      help: 'Per-item results of batch mutations, by mutation and result type (a success type or an error type).',
      labelNames: ['operation', 'result'],
      registers,
    });
    this.jobStates = new Counter({
      name: 'facade_bulk_jobs_total',
      help: 'Bulk jobs by kind and the state they reached here: QUEUED when started, COMPLETED or CANCELED when they ended.',
      labelNames: ['kind', 'state'],
      registers,
    });
    this.jobItems = new Counter({
      name: 'facade_bulk_job_items_total',
      help: 'Bulk-job items answered by this replica, by job kind and result type.',
      labelNames: ['kind', 'result'],
      registers,
    });
    this.chunkWait = new Histogram({
      name: 'facade_bulk_chunk_wait_seconds',
      help: 'How long a bulk-job chunk waited, from being queued (or deferred for the quota) to being sent.',
      labelNames: ['provider'],
      buckets: [0.01, 0.1, 0.5, 1, 5, 15, 60, 300, 900, 3600, 14400, 86400],
      registers,
    });
    this.reconciliations = new Counter({
      name: 'facade_bulk_reconciled_items_total',
      help: 'Bulk-job items whose answer was lost and a read-back from the provider settled, by job kind.',
      labelNames: ['kind'],
      registers,
    });
    this.reads = new Counter({
      name: 'facade_reads_total',
      help: 'Provider reads asked for, by read and how each was served: provider (a call), cache (READ_CACHE_TTL_MS) or shared (joined an identical call in flight). Each cache or shared read is a provider call and its quota saved.',
      labelNames: ['read', 'served'],
      registers,
    });
    const quotaGauge = (name: string, help: string, value: (usage: ScrapedUsage['limits'][number]) => number) =>
      new Gauge({
        name,
        help,
        labelNames: ['provider', 'policy', 'limit'],
        registers,
        collect: async function (this: Gauge<'provider' | 'policy' | 'limit'>) {
          this.reset();
          for (const policy of await metrics.usage()) {
            for (const limit of policy.limits) this.set({ provider: policy.provider, policy: policy.policy, limit: limitLabel(limit) }, value(limit));
          }
        },
      });
    quotaGauge('facade_quota_used', 'Places of each quota limit in use now (calls in flight, or calls in the rolling window).', (limit) => limit.used);
    quotaGauge('facade_quota_remaining', 'Places of each quota limit free now.', (limit) => Math.max(0, limit.capacity - limit.used));
    new Gauge({
      name: 'facade_quota_waiting',
      help: 'Calls waiting in this replica for quota, per provider policy.',
      labelNames: ['provider', 'policy'],
      registers,
      collect() {
        this.reset();
        for (const { provider, gate } of quotas.all()) this.set({ provider, policy: gate.policy.name }, gate.waiting);
      },
    });
    new Gauge({
      name: 'facade_quota_ban_seconds',
      help: 'Seconds left of a hold a provider imposed (e.g. TOP "ban N seconds"); 0 without one.',
      labelNames: ['provider', 'policy'],
      registers,
      collect: async function (this: Gauge<'provider' | 'policy'>) {
        this.reset();
        const now = Date.now();
        for (const policy of await metrics.usage()) {
          this.set({ provider: policy.provider, policy: policy.policy }, policy.bannedUntil ? Math.max(0, (policy.bannedUntil - now) / 1000) : 0);
        }
      },
    });
    new Gauge({
      name: 'facade_quota_ledger_mode',
      help: 'Where quota decisions are made: 1 for the current mode (memory, redis, or fallback while Redis is unreachable).',
      labelNames: ['mode'],
      registers,
      collect() {
        const current = ledgerMode();
        for (const mode of LEDGER_MODES) this.set({ mode }, mode === current ? 1 : 0);
      },
    });
  }

  observeCall(provider: string, operation: string, outcome: string, seconds: number): void {
    this.calls.inc({ provider, operation, outcome });
    this.latency.observe({ provider, operation }, seconds);
  }

  /** Counts one mutation's results by their GraphQL type. */
  countItems(operation: string, results: readonly object[]): void {
    const counts = new Map<string, number>();
    for (const result of results) counts.set(result.constructor.name, (counts.get(result.constructor.name) ?? 0) + 1);
    for (const [result, count] of counts) this.items.inc({ operation, result }, count);
  }

  jobState(kind: string, state: string): void {
    this.jobStates.inc({ kind, state });
  }

  itemsSettled(kind: string, byType: ReadonlyMap<string, number>): void {
    for (const [result, count] of byType) this.jobItems.inc({ kind, result }, count);
  }

  chunkWaited(provider: string, seconds: number): void {
    this.chunkWait.observe({ provider }, seconds);
  }

  reconciled(kind: string, count: number): void {
    if (count > 0) this.reconciliations.inc({ kind }, count);
  }

  readServed(read: string, served: ReadServed): void {
    this.reads.inc({ read, served });
  }

  /** One read of every ledger per scrape, shared by the gauges that need it. */
  private usage(): Promise<ScrapedUsage[]> {
    const now = Date.now();
    if (!this.scrape || now - this.scrape.at > 100) {
      this.scrape = {
        at: now,
        usage: Promise.all(this.quotas.all().map(async ({ provider, gate }) => ({ provider, policy: gate.policy.name, ...(await gate.usage()) }))),
      };
    }
    return this.scrape.usage;
  }
}

type ScrapedUsage = { readonly provider: string; readonly policy: string } & PolicyUsage;

/**
 * A limit's label: its kind and period ("window 3600s", "in-flight 120s"), which tell a policy's
 * limits apart. Never its ledger key: keys carry credential identifiers (LingXing's app id is
 * also its signing key).
 */
function limitLabel(limit: ScrapedUsage['limits'][number]): string {
  return `${limit.kind} ${Math.round(limit.periodMs / 1000)}s`;
}
