import { providerYear } from '../../src/providers/lingxing/wire.js';
import { afterEach } from 'vitest';
import { createFacadeClient } from '../../src/client/index.js';
import { loadConfig } from '../../src/config.js';
import { startEmulators, type EmulatorOptions } from '../../src/emulators.js';
import { type ProviderConnections, startFacade } from '../../src/facade.js';
import type { Clock } from '../../src/core/clock.js';

export interface HarnessOptions {
  /** Environment variables for the facade, over quiet test defaults. */
  readonly env?: Record<string, string>;
  readonly emulators?: EmulatorOptions;
  /** Replace the emulators' credentials the facade uses (e.g. a wrong secret). */
  readonly lingxingSecret?: string;
  readonly topSecret?: string;
  readonly crmSecret?: string;
  /** Receives the facade's log lines (JSON), e.g. to check no secret is logged. */
  readonly logs?: { write(line: string): void };
  /** The facade's clock (the emulators take theirs in their options). */
  readonly clock?: Clock;
  /** Changes where the facade finds the providers (e.g. a base URL with a trailing slash). */
  readonly connections?: (connections: ProviderConnections) => ProviderConnections;
}

/** A running facade over real HTTP, backed by freshly started emulators. */
export async function startHarness(options: HarnessOptions = {}) {
  const emulators = await startEmulators(options.emulators);
  // Credential checks spend provider calls that the tests count exactly; the readiness tests turn them on.
  const config = loadConfig({ PORT: '0', LOG_LEVEL: 'silent', PROVIDER_CHECKS: 'false', ...options.env });
  const { lingxing, top, crm, cloudpense } = emulators.connections;
  const given = {
    lingxing: options.lingxingSecret ? { ...lingxing, appSecret: options.lingxingSecret } : lingxing,
    top: options.topSecret ? { ...top, appSecret: options.topSecret } : top,
    crm: options.crmSecret ? { ...crm, internalSecret: options.crmSecret } : crm,
    cloudpense,
  };
  const connections = options.connections ? options.connections(given) : given;
  const facade = await startFacade(config, connections, {
    ...(options.logs ? { logStream: options.logs } : {}),
    ...(options.clock ? { clock: options.clock } : {}),
  });
  return {
    emulators,
    lingxing: emulators.lingxing,
    facade,
    client: createFacadeClient({ url: facade.url }),
    async close() {
      await facade.close();
      await emulators.close();
    },
  };
}

export type Harness = Awaited<ReturnType<typeof startHarness>>;

/** For suites whose tests each need their own emulator settings: starts one per test, closes it after. */
export function harnessPerTest(): (options?: HarnessOptions) => Promise<Harness> {
  let current: Harness | undefined;
  afterEach(async () => {
    await current?.close();
    current = undefined;
  });
  return async (options) => (current = await startHarness(options));
}

/** LingXing's "this year" (GMT+8), the year every goal test writes. */
export const thisYear = providerYear(Date.now());

export const twelve = (value: number): number[] => Array.from({ length: 12 }, (_, month) => value + month);

/** A goals upsert input for `uids`, each with distinct monthly values. */
export function goalsInput(uids: number[], extra: Partial<{ mode: 'OVERWRITE' | 'CREATE_ONLY'; year: number }> = {}) {
  return {
    year: extra.year ?? thisYear,
    assessType: 'SALES_AMOUNT' as const,
    currency: 'CNY' as const,
    ...(extra.mode ? { mode: extra.mode } : {}),
    goals: uids.map((uid) => ({ uid, monthlyValues: twelve(uid % 1000) })),
  };
}

export const calls = (harness: Harness, path: string): number => harness.lingxing.stats.calls.get(path) ?? 0;
export const refusals = (harness: Harness, code: string): number => harness.lingxing.stats.refusals.get(code) ?? 0;
/** facade_reads_total of one read and how it was served (provider, cache, shared), from /metrics. */
export async function readsServed(harness: Harness, read: string, served: 'provider' | 'cache' | 'shared'): Promise<number> {
  const text = await (await fetch(harness.facade.url.replace(/graphql$/, 'metrics'))).text();
  return Number(new RegExp(`^facade_reads_total\\{read="${read}",served="${served}"\\} (\\d+)`, 'm').exec(text)?.[1] ?? 0);
}

/** A touchTasksSubmit input: `count` tasks with phone, email and bizId, for `planId`. */
export function tasksInput(count: number, extra: { planId?: string; taskUniqueCode?: string; prefix?: string } = {}) {
  return {
    planId: extra.planId ?? '1002',
    ...(extra.taskUniqueCode ? { taskUniqueCode: extra.taskUniqueCode } : {}),
    tasks: Array.from({ length: count }, (_, i) => ({
      inputParams: { name: `Customer ${i}`, 订单: i } as Record<string, unknown>,
      outputParams: { answer: '' },
      phoneNumber: `1380000${String(i).padStart(4, '0')}`,
      email: `customer${i}@example.com`,
      bizId: `${extra.prefix ?? 'biz'}-${i}`,
    })),
  };
}

/** An accounting rule input numbered `n`, valid against the emulated tenant. */
export const rule = (n: number, extra: Record<string, unknown> = {}) => ({
  code: `R-${String(n).padStart(5, '0')}`,
  structureCode: 'default',
  accountEventCode: 'EXP_DR',
  accountCode: '540101',
  priority: 1,
  ruleCondition: { header_column22: 'claim' },
  ...extra,
});
export const rules = (count: number, from = 0) => Array.from({ length: count }, (_, i) => rule(from + i));
