import { readFile } from 'node:fs/promises';
import { isEnumType, isInputObjectType, isInterfaceType, isObjectType, isUnionType, parse, validate } from 'graphql';
import { describe, expect, it } from 'vitest';
import { SANDBOX_EXAMPLE } from '../src/sandbox-example.js';
import { buildFacadeSubgraph, printSubgraphSdl } from '../src/federation.js';
import { buildFacadeSchema, printSortedSchema } from '../src/schema.js';

describe('schema', () => {
  it('matches the committed schema/schema.graphql', async () => {
    const committed = await readFile(new URL('../schema/schema.graphql', import.meta.url), 'utf8');
    expect(printSortedSchema(await buildFacadeSchema())).toBe(committed);
  });

  it('matches the committed schema/subgraph.graphql', async () => {
    const committed = await readFile(new URL('../schema/subgraph.graphql', import.meta.url), 'utf8');
    expect(await printSubgraphSdl(await buildFacadeSubgraph())).toBe(committed);
  });

  it("keeps Sandbox's example operation valid against the schema", async () => {
    expect(validate(await buildFacadeSchema(), parse(SANDBOX_EXAMPLE.document))).toEqual([]);
  });

  it('describes every public type, field, argument and enum value, in the public schema and the subgraph', async () => {
    const missing: string[] = [];
    const types = [...Object.values((await buildFacadeSchema()).getTypeMap()), ...Object.values((await buildFacadeSubgraph()).getTypeMap())];
    for (const type of types) {
      // Federation's own plumbing (_Service, _Entity, _Any, link__*, federation__*) is Apollo's to describe.
      if (/^(_|link__|federation__)/.test(type.name) || ['String', 'Int', 'Float', 'Boolean', 'ID'].includes(type.name)) continue;
      if (!type.description) missing.push(type.name);
      if (isObjectType(type) || isInterfaceType(type) || isInputObjectType(type)) {
        if (['Query', 'Mutation', 'Subscription'].includes(type.name)) missing.splice(missing.indexOf(type.name), 1);
        for (const field of Object.values(type.getFields())) {
          if (field.name.startsWith('_')) continue;
          if (!field.description) missing.push(`${type.name}.${field.name}`);
          for (const arg of 'args' in field ? field.args : []) if (!arg.description) missing.push(`${type.name}.${field.name}(${arg.name})`);
        }
      }
      if (isEnumType(type)) for (const value of type.getValues()) if (!value.description) missing.push(`${type.name}.${value.name}`);
      if (isUnionType(type) && !type.description) missing.push(type.name);
    }
    expect(missing).toEqual([]);
  });
});
