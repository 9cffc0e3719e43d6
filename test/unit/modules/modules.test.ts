import { describe, expect, it } from 'vitest';
import { SCOPES } from '../../../src/auth/scopes.js';
import { MODULES } from '../../../src/modules/index.js';
import { buildFacadeSchema } from '../../../src/schema.js';

describe('the module list', () => {
  it('names each module once, and each batch limit a mutation of the schema', async () => {
    const schema = await buildFacadeSchema();
    const mutations = Object.keys(schema.getMutationType()!.getFields());
    expect(new Set(MODULES.map((module) => module.name)).size).toBe(MODULES.length);
    const limited = MODULES.flatMap((module) => Object.keys(('batchLimits' in module && module.batchLimits) || {}));
    expect(limited.sort()).toEqual(['accountingRulesSync', 'goalsDelete', 'goalsUpsert', 'opportunitiesUpdate', 'touchTasksSubmit']);
    for (const mutation of limited) expect(mutations).toContain(mutation);
  });

  it("makes the facade's scopes of the modules' own, each guarding a field of the schema", async () => {
    const schema = await buildFacadeSchema();
    const descriptions = [schema.getQueryType()!, schema.getMutationType()!].flatMap((type) =>
      Object.values(type.getFields()).map((field) => field.description ?? ''),
    );
    expect(SCOPES).toEqual(MODULES.flatMap((module) => module.scopes));
    for (const scope of SCOPES) expect(descriptions.some((description) => description.includes(`Scope: ${scope}`))).toBe(true);
  });
});
