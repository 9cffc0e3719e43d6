import { Authorized, Ctx, Query, Resolver } from 'type-graphql';
import type { FacadeContext } from '../../context.js';
import type { LimitUsage } from '../../core/quota/quota-store.js';
import type { ReadTally } from '../../core/read-cache/shared-reads.js';
import { Provider, ProviderQuota, ProviderReads, type QuotaLedger, QuotaLimit, QuotaLimitKind } from './quota.types.js';

@Resolver()
export class QuotaResolver {
  @Authorized('quotas:read')
  @Query(() => [ProviderQuota], {
    description:
      'Every provider quota the facade keeps, read from the same ledger that admits calls: capacity, use, what remains, when it frees, and any ban. A batch larger than what remains waits for capacity until the request deadline, then answers QuotaExhausted items with `retryAfter`. Scope: quotas:read.',
  })
  async providerQuotas(@Ctx() context: FacadeContext): Promise<ProviderQuota[]> {
    const { quotas, ledgerMode } = context.services;
    const ledger = ledgerMode() as QuotaLedger;
    const byProvider = new Map<Provider, ProviderQuota>();
    for (const provider of Object.values(Provider)) {
      const reads = providerReads(context.services.reads.tally(provider));
      byProvider.set(provider, Object.assign(new ProviderQuota(), { provider, limits: [], bannedUntil: null, waiting: 0, jobChunksWaiting: 0, ledger, reads }));
    }
    await Promise.all(
      [...byProvider.values()].map(async (entry) => {
        entry.jobChunksWaiting = await context.services.jobs.bulkJobs.pendingChunks(entry.provider);
      }),
    );
    const usages = await Promise.all(quotas.all().map(async ({ provider, gate }) => ({ provider, gate, usage: await gate.usage() })));
    for (const { provider, gate, usage } of usages) {
      const entry = byProvider.get(provider as Provider);
      if (!entry) continue;
      entry.waiting += gate.waiting;
      for (const limit of usage.limits) entry.limits.push(quotaLimit(gate.policy.name, limit));
      if (usage.bannedUntil && (!entry.bannedUntil || usage.bannedUntil > entry.bannedUntil.getTime())) entry.bannedUntil = new Date(usage.bannedUntil);
    }
    return [...byProvider.values()];
  }
}

function providerReads(tally: ReadTally): ProviderReads {
  const saved = tally.cache + tally.shared;
  const all = saved + tally.provider;
  return Object.assign(new ProviderReads(), {
    providerCalls: tally.provider,
    cacheHits: tally.cache,
    shared: tally.shared,
    callsSaved: saved,
    savedRatio: all === 0 ? 0 : saved / all,
  });
}

function quotaLimit(appliesTo: string, limit: LimitUsage): QuotaLimit {
  return Object.assign(new QuotaLimit(), {
    appliesTo,
    kind: limit.kind === 'in-flight' ? QuotaLimitKind.IN_FLIGHT : QuotaLimitKind.ROLLING_WINDOW,
    capacity: limit.capacity,
    periodSeconds: limit.periodMs / 1000,
    used: limit.used,
    remaining: Math.max(0, limit.capacity - limit.used),
    nextFreeAt: limit.nextFreeAt === null ? null : new Date(limit.nextFreeAt),
    resetsAt: limit.clearAt === null ? null : new Date(limit.clearAt),
  });
}
