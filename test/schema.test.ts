import { readFile } from 'node:fs/promises';
import { isEnumType, isInputObjectType, isInterfaceType, isObjectType, isUnionType, parse, validate } from 'graphql';
import { describe, expect, it } from 'vitest';
import { SANDBOX_EXAMPLE } from '../src/sandbox-example.js';
import { buildFacadeSchema, printSortedSchema } from '../src/schema.js';

describe('schema', () => {
  it('matches the committed schema/schema.graphql', async () => {
    const committed = await readFile(new URL('../schema/schema.graphql', import.meta.url), 'utf8');
    expect(printSortedSchema(await buildFacadeSchema())).toBe(committed);
  });

  it("keeps Sandbox's example operation valid against the schema", async () => {
    expect(validate(await buildFacadeSchema(), parse(SANDBOX_EXAMPLE.document))).toEqual([]);
  });

  it('describes every public type, field, argument and enum value', async () => {
    const schema = await buildFacadeSchema();
    const missing: string[] = [];
    for (const type of Object.values(schema.getTypeMap())) {
      if (type.name.startsWith('__') || ['String', 'Int', 'Float', 'Boolean', 'ID'].includes(type.name)) continue;
      if (!type.description) missing.push(type.name);
      if (isObjectType(type) || isInterfaceType(type) || isInputObjectType(type)) {
        if (['Query', 'Mutation'].includes(type.name)) missing.splice(missing.indexOf(type.name), 1);
        for (const field of Object.values(type.getFields())) {
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
