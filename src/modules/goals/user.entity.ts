import { Directive, Field, Int, ObjectType } from 'type-graphql';

/**
 * A user another subgraph owns (uid is LingXing's user id); this subgraph adds their goals. Only
 * in the subgraph schema: a direct client asks `Query.goals` instead.
 */
@Directive('@key(fields: "uid")')
@Directive('@cacheControl(maxAge: 60, scope: PRIVATE)')
@ObjectType('User', { description: 'A user owned by another subgraph of the supergraph; this API adds their sales goals.' })
export class User {
  @Field(() => Int, { description: 'LingXing user id, the key the supergraph joins on.' })
  uid!: number;
}
