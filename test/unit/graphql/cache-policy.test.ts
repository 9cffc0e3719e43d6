import { buildSchema, parse, type OperationDefinitionNode } from 'graphql';
import { describe, expect, it } from 'vitest';
import { cachePolicyOf } from '../../../src/graphql/cache-policy.js';

const schema = buildSchema(`
  directive @cacheControl(maxAge: Int, scope: CacheControlScope, inheritMaxAge: Boolean) on FIELD_DEFINITION | OBJECT | INTERFACE | UNION
  enum CacheControlScope { PUBLIC PRIVATE }
  type Query {
    goals: [Goal!]!
    rules: RulePage!
    quotas: [Quota!]!
    version: String
    pinned: String @cacheControl(maxAge: 30)
    thing: Thing
    anyHinted: Hinted
  }
  type Goal @cacheControl(maxAge: 60, scope: PRIVATE) { uid: Int! owner: Owner total: Int @cacheControl(maxAge: 10) }
  type Owner { name: String }
  type RulePage @cacheControl(maxAge: 300) { items: [Rule!]! }
  type Rule @cacheControl(maxAge: 300) { code: String! }
  type Quota { used: Int! }
  union Thing = Goal | Quota
  union Hinted = Goal | Rule
  type Mutation { write: Goal }
`);

const policy = (text: string) => {
  const document = parse(text);
  return cachePolicyOf(schema, document, document.definitions.find((definition) => definition.kind === 'OperationDefinition') as OperationDefinitionNode);
};

describe('cachePolicyOf: the least hint an operation selects, by Apollo’s rules', () => {
  it('takes the return type’s hint, the least of several, and PRIVATE from any', () => {
    expect(policy('{ goals { uid } }')).toEqual({ maxAge: 60, scope: 'PRIVATE' });
    expect(policy('{ rules { items { code } } }')).toEqual({ maxAge: 300, scope: 'PUBLIC' });
    expect(policy('{ rules { items { code } } goals { uid } }')).toEqual({ maxAge: 60, scope: 'PRIVATE' });
    expect(policy('{ goals { uid total } }')).toEqual({ maxAge: 10, scope: 'PRIVATE' });
    expect(policy('{ pinned rules { items { code } } }')).toEqual({ maxAge: 30, scope: 'PUBLIC' });
  });

  it('is not cacheable with an unhinted object, a root scalar, nothing hinted, or for a mutation', () => {
    expect(policy('{ quotas { used } }').maxAge).toBe(0);
    expect(policy('{ goals { uid owner { name } } }').maxAge).toBe(0);
    expect(policy('{ version goals { uid } }').maxAge).toBe(0);
    expect(policy('{ __typename }').maxAge).toBe(0);
    expect(policy('mutation { write { uid } }').maxAge).toBe(0);
  });

  it('follows fragments, named and inline, and an abstract type counts every type it may be', () => {
    expect(policy('query { ...F } fragment F on Query { goals { ...G } } fragment G on Goal { total }')).toEqual({ maxAge: 10, scope: 'PRIVATE' });
    expect(policy('{ anyHinted { ... on Rule { code } } }')).toEqual({ maxAge: 60, scope: 'PRIVATE' });
    expect(policy('{ thing { ... on Goal { uid } } }').maxAge).toBe(0);
  });
});
