import { Field, Float, Int, ObjectType, registerEnumType } from 'type-graphql';

export enum Provider {
  LINGXING = 'lingxing',
  TOP = 'top',
  CRM = 'crm',
  CLOUDPENSE = 'cloudpense',
}
registerEnumType(Provider, {
  name: 'Provider',
  description: 'The providers behind this API.',
  valuesConfig: {
    LINGXING: { description: 'LingXing ERP (sales goals).' },
    TOP: { description: 'Alibaba TOP gateway (touch tasks).' },
    CRM: { description: 'The internal CRM (opportunities).' },
    CLOUDPENSE: { description: 'CloudPense (accounting rules).' },
  },
});

export enum QuotaLimitKind {
  IN_FLIGHT = 'in-flight',
  ROLLING_WINDOW = 'window',
}
registerEnumType(QuotaLimitKind, {
  name: 'QuotaLimitKind',
  description: 'How a provider limits calls.',
  valuesConfig: {
    IN_FLIGHT: { description: 'At most `capacity` calls at the same time; a call holds its place until it ends (or its lease runs out).' },
    ROLLING_WINDOW: { description: 'At most `capacity` calls in any rolling `periodSeconds`.' },
  },
});

export enum QuotaLedger {
  MEMORY = 'memory',
  REDIS = 'redis',
  FALLBACK = 'fallback',
}
registerEnumType(QuotaLedger, {
  name: 'QuotaLedger',
  description: 'Where the facade keeps its quota ledger, which decides every call.',
  valuesConfig: {
    MEMORY: { description: 'In this process (one replica, no Redis).' },
    REDIS: { description: 'In Redis, shared by every replica: the figures are the whole quota.' },
    FALLBACK: {
      description: "Redis is unreachable: this replica's own share (1/replicas of each limit) until Redis is back; the figures are this replica's.",
    },
  },
});

@ObjectType('QuotaLimit', { description: 'One limit of a provider, as the ledger that admits calls sees it now.' })
export class QuotaLimit {
  @Field(() => String, { description: 'What the limit applies to (e.g. "lingxing /bd/goal/management/open/user/batchOperate").' })
  appliesTo!: string;

  @Field(() => QuotaLimitKind, { description: 'In-flight cap or rolling window.' })
  kind!: QuotaLimitKind;

  @Field(() => Int, { description: 'Calls the limit allows (at once, or per window).' })
  capacity!: number;

  @Field(() => Float, {
    description: 'The rolling window (ROLLING_WINDOW) or, for IN_FLIGHT, the lease after which a place whose call never ended frees itself; in seconds.',
  })
  periodSeconds!: number;

  @Field(() => Int, { description: 'Places in use now.' })
  used!: number;

  @Field(() => Int, { description: 'Places free now: a call sent now is admitted at once.' })
  remaining!: number;

  @Field(() => Date, {
    nullable: true,
    description: 'When the next used place frees for certain; null when none is used. An in-flight place usually frees sooner, when its call ends.',
  })
  nextFreeAt!: Date | null;

  @Field(() => Date, { nullable: true, description: 'When every used place is free again (the limit resets); null when none is used.' })
  resetsAt!: Date | null;
}

@ObjectType('ProviderReads', {
  description:
    "How this replica has answered reads of one provider since it started: by a call, from the read cache (READ_CACHE_TTL_MS) or by joining an identical call already in flight. Each cached or shared read is a call the provider's quota did not spend.",
})
export class ProviderReads {
  @Field(() => Int, { description: 'Reads answered by a provider call of their own.' })
  providerCalls!: number;

  @Field(() => Int, { description: 'Reads answered from the read cache, without a call.' })
  cacheHits!: number;

  @Field(() => Int, { description: 'Reads that joined an identical provider call in flight and shared its answer.' })
  shared!: number;

  @Field(() => Int, { description: 'Provider calls, and their quota, saved: cacheHits + shared.' })
  callsSaved!: number;

  @Field(() => Float, { description: 'The share of reads answered without a call of their own, from 0 to 1 (0 before any read).' })
  savedRatio!: number;
}

@ObjectType('ProviderQuota', { description: "A provider's limits now: what is used, what remains, when it frees, and any ban." })
export class ProviderQuota {
  @Field(() => Provider, { description: 'The provider.' })
  provider!: Provider;

  @Field(() => [QuotaLimit], { description: 'Every limit the facade keeps for this provider.' })
  limits!: QuotaLimit[];

  @Field(() => Date, {
    nullable: true,
    description: 'The end of a hold the provider imposed (TOP: "ban for N seconds"); null without one. No call is sent before it.',
  })
  bannedUntil!: Date | null;

  @Field(() => Int, { description: 'Calls waiting in this replica for a place, across this provider’s limits.' })
  waiting!: number;

  @Field(() => Int, {
    description:
      'Bulk-job chunks on this provider not answered yet, across every job (and every replica, with Redis): queued, delayed until its quota admits them, or being sent.',
  })
  jobChunksWaiting!: number;

  @Field(() => QuotaLedger, { description: 'Where these figures come from: the shared ledger or this replica’s fallback share.' })
  ledger!: QuotaLedger;

  @Field(() => ProviderReads, { description: "How this replica's reads of the provider were served, and the calls that saved." })
  reads!: ProviderReads;
}
