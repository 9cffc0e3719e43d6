import { request } from 'undici';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CrmEmulator } from '../../src/providers/crm/emulator.js';
import { MESSAGES, UPDATE_PATH } from '../../src/providers/crm/wire.js';

// The emulator must refuse what the CRM's page says it refuses: checked here over raw HTTP.
let crm: CrmEmulator;
beforeAll(async () => {
  crm = await CrmEmulator.start();
});
afterAll(() => crm.close());

async function put(body: Record<string, unknown>, secret = crm.internalSecret): Promise<{ status: number; json: any }> {
  const response = await request(`${crm.url}${UPDATE_PATH}`, {
    method: 'PUT',
    headers: { 'content-type': 'application/json', 'x-internal-secret': secret },
    body: JSON.stringify(body),
  });
  return { status: response.statusCode, json: await response.body.json() };
}
const msg = async (body: Record<string, unknown>) => (await put({ opportunityCode: 'OPP-20260401-050', ...body })).json.msg;

describe('CRM emulator', () => {
  it('answers the documented success with the id', async () => {
    expect((await put({ opportunityCode: 'OPP-20260401-001', stage: 'won' })).json).toEqual({ code: '0', msg: 'success', data: 123 });
  });

  it('refuses a wrong secret with the documented message', async () => {
    const { status, json } = await put({ opportunityCode: 'OPP-20260401-001', stage: 'won' }, 'nope');
    expect(json).toEqual({ code: '-1', msg: MESSAGES.authFailed, data: null });
    expect(status).toBe(401);
  });

  it('enforces every rule of the page', async () => {
    expect((await put({ opportunityCode: '', amount: 1 })).json.msg).toBe(MESSAGES.emptyCode);
    expect(await msg({})).toBe(MESSAGES.nothingToUpdate);
    expect(await msg({ opportunityCode: 'OPP-NONE', amount: 1 })).toBe(MESSAGES.notFound);
    expect(await msg({ stage: 'signed' })).toBe(`${MESSAGES.invalidStagePrefix}signed`);
    expect(await msg({ confidencePct: 'D' })).toBe(MESSAGES.invalidConfidence);
    expect(await msg({ amount: 0 })).toMatch(/大于 0/);
    expect(await msg({ expectedCloseDate: '2026-4-30' })).toMatch(/YYYY-MM-DD/);
    expect(await msg({ expectedCloseDate: '2026-02-30' })).toMatch(/YYYY-MM-DD/);
    expect(await msg({ status: 'paused' })).toMatch(/active、closed、won、lost/);
    expect(await msg({ salesExpansionId: 0 })).toMatch(/salesExpansionId/);
    expect(await msg({ channelExpansionId: -1 })).toMatch(/channelExpansionId/);
    expect(await msg({ preSalesId: 1.5 })).toMatch(/preSalesId/);
    expect(await msg({ endCustomer: 'Someone else' })).toMatch(/最终客户/);
    expect(crm.get('OPP-20260401-050')).toMatchObject({ amount: 1_000_050, endCustomer: 'Customer 50' });
  });

  it('changes only the fields sent', async () => {
    const before = { ...crm.get('OPP-20260401-060')! };
    await put({ opportunityCode: 'OPP-20260401-060', description: 'x' });
    expect(crm.get('OPP-20260401-060')).toEqual({ ...before, description: 'x' });
  });
});
