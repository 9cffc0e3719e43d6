import { randomBytes } from 'node:crypto';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { answerWithFault, createEmulatorServer, listenOnLoopback, registerAdminRoutes } from '../../core/emulation/emulator-server.js';
import { FaultPlan, type FaultSettings } from '../../core/emulation/faults.js';
import { sameSecret } from '../../core/same-secret.js';
import { CONFIDENCES, MESSAGES, SECRET_HEADER, STATUSES, UPDATE_PATH } from './wire.js';

export interface CrmEmulatorOptions {
  /** Serve the API under this path only (a tenant's or an ingress's prefix), e.g. `/tenant-x`. */
  readonly pathPrefix?: string | undefined;
  readonly internalSecret?: string;
  /** The stage dictionary (CRM 字典码). */
  readonly stages?: readonly string[];
  /** Not documented: the HTTP status of an authentication failure. */
  readonly authFailureStatus?: number;
  readonly faults?: FaultSettings;
}

export const DEFAULT_STAGES = ['lead', 'qualified', 'proposal', 'negotiation', 'won', 'lost'] as const;

/** An opportunity as the emulated CRM holds it. */
export type StoredOpportunity = Record<string, unknown> & { readonly id: number; readonly opportunityCode: string; readonly endCustomer: string };

const UPDATABLE = new Set([
  'opportunityName',
  'projectLocation',
  'operatorName',
  'amount',
  'expectedCloseDate',
  'confidencePct',
  'stage',
  'opportunityType',
  'productType',
  'source',
  'salesExpansionId',
  'channelExpansionId',
  'preSalesId',
  'preSalesName',
  'competitorName',
  'archived',
  'pushedToOms',
  'omsPushTime',
  'status',
  'description',
]);

/** Seeded opportunities: the page's OPP-20260401-001, and OPP-20260401-002 … -300. */
function seed(): Map<string, StoredOpportunity> {
  const opportunities = new Map<string, StoredOpportunity>();
  for (let n = 1; n <= 300; n++) {
    const code = `OPP-20260401-${String(n).padStart(3, '0')}`;
    opportunities.set(code, {
      id: 122 + n,
      opportunityCode: code,
      opportunityName: `Opportunity ${n}`,
      projectLocation: 'Shanghai',
      operatorName: 'Operator',
      amount: 1_000_000 + n,
      expectedCloseDate: '2026-06-30',
      confidencePct: 'B',
      stage: 'proposal',
      status: 'active',
      salesExpansionId: 10,
      archived: false,
      pushedToOms: false,
      description: '',
      endCustomer: `Customer ${n}`,
    });
  }
  return opportunities;
}

/**
 * A strict internal CRM: the secret (compared in constant time), every rule of the update page,
 * partial updates (fields not sent stay as they were), the documented answers, faults.
 */
export class CrmEmulator {
  readonly opportunities = seed();
  /** Requests received, and the most in flight at once. */
  calls = 0;
  peakInFlight = 0;
  /** Updates applied, by opportunity code (a test's proof that nothing was applied twice). */
  readonly applied = new Map<string, number>();
  private inFlight = 0;
  readonly internalSecret: string;
  readonly stages: readonly string[];
  private faults: FaultPlan;
  private app: FastifyInstance | undefined;
  url = '';

  constructor(private readonly options: CrmEmulatorOptions = {}) {
    this.internalSecret = options.internalSecret ?? randomBytes(32).toString('hex');
    this.stages = options.stages ?? DEFAULT_STAGES;
    this.faults = new FaultPlan(options.faults);
  }

  static async start(options: CrmEmulatorOptions = {}, port = 0): Promise<CrmEmulator> {
    const emulator = new CrmEmulator(options);
    const app = createEmulatorServer(options.pathPrefix);
    app.put(UPDATE_PATH, (request, reply) => emulator.update(request, reply));
    registerAdminRoutes(app, {
      stats: () => ({ calls: emulator.calls, peakInFlight: emulator.peakInFlight }),
      setFaults: (settings) => emulator.setFaults(settings),
      reset: () => {
        emulator.calls = 0;
        emulator.peakInFlight = 0;
      },
    });
    emulator.app = app;
    emulator.url = `${await listenOnLoopback(app, port)}${options.pathPrefix ?? ''}`;
    return emulator;
  }

  setFaults(settings: FaultSettings): void {
    this.faults = new FaultPlan(settings);
  }

  /** Faults injected since the last setFaults. */
  get faultsInjected(): number {
    return this.faults.injected;
  }

  /** Test hook: an opportunity as stored. */
  get(code: string): StoredOpportunity | undefined {
    return this.opportunities.get(code);
  }

  async close(): Promise<void> {
    await this.app?.close();
  }

  private async update(request: FastifyRequest, reply: FastifyReply) {
    this.calls++;
    this.peakInFlight = Math.max(this.peakInFlight, ++this.inFlight);
    reply.raw.once('close', () => this.inFlight--);
    const given = String(request.headers[SECRET_HEADER] ?? '');
    if (!sameSecret(given, this.internalSecret)) return refuse(reply, MESSAGES.authFailed, this.options.authFailureStatus ?? 401);
    const body = (request.body ?? {}) as Record<string, unknown>;
    const code = body.opportunityCode;
    if (typeof code !== 'string' || code.trim() === '') return refuse(reply, MESSAGES.emptyCode);
    const fields = Object.keys(body).filter((key) => key !== 'opportunityCode');
    if (fields.length === 0) return refuse(reply, MESSAGES.nothingToUpdate);
    const problem = this.ruleBroken(body, fields);
    if (problem) return refuse(reply, problem);
    const stored = this.opportunities.get(code);
    if (!stored) return refuse(reply, MESSAGES.notFound);
    return answerWithFault(reply, this.faults.next(), this.faults, () => {
      const updated = { ...stored };
      for (const field of fields) updated[field] = body[field];
      this.opportunities.set(code, updated as StoredOpportunity);
      this.applied.set(code, (this.applied.get(code) ?? 0) + 1);
      return { body: { code: '0', msg: 'success', data: stored.id } };
    });
  }

  /** The page's rules; messages for undocumented ones are the emulator's choice, in the CRM's style. */
  private ruleBroken(body: Record<string, unknown>, fields: string[]): string | undefined {
    if (fields.includes('endCustomer')) return '不支持更新商机的最终客户';
    const unknown = fields.find((field) => !UPDATABLE.has(field));
    if (unknown) return `不支持的字段: ${unknown}`;
    if ('amount' in body && !(typeof body.amount === 'number' && body.amount > 0)) return '商机金额必须大于 0';
    if ('expectedCloseDate' in body && !isDay(body.expectedCloseDate)) return '预计结单日期格式应为 YYYY-MM-DD';
    if ('confidencePct' in body && !CONFIDENCES.includes(body.confidencePct as never)) return MESSAGES.invalidConfidence;
    if ('stage' in body && !this.stages.includes(body.stage as string)) return `${MESSAGES.invalidStagePrefix}${String(body.stage)}`;
    if ('status' in body && !STATUSES.includes(body.status as never)) return '商机状态仅支持 active、closed、won、lost';
    for (const id of ['salesExpansionId', 'channelExpansionId', 'preSalesId']) {
      if (id in body && !(Number.isInteger(body[id]) && (body[id] as number) > 0)) return `${id} 必须大于 0`;
    }
    if ('omsPushTime' in body && (typeof body.omsPushTime !== 'string' || Number.isNaN(Date.parse(body.omsPushTime)))) return 'omsPushTime 应为 ISO 8601 时间';
    for (const flag of ['archived', 'pushedToOms']) if (flag in body && typeof body[flag] !== 'boolean') return `${flag} 应为布尔值`;
    for (const text of [
      'opportunityName',
      'projectLocation',
      'operatorName',
      'opportunityType',
      'productType',
      'source',
      'preSalesName',
      'competitorName',
      'description',
    ]) {
      if (text in body && typeof body[text] !== 'string') return `${text} 应为字符串`;
    }
    return undefined;
  }
}

function isDay(value: unknown): boolean {
  if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value);
}

function refuse(reply: FastifyReply, msg: string, status = 200) {
  return reply.code(status).send({ code: '-1', msg, data: null });
}
