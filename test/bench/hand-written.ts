import 'reflect-metadata';
import { ApolloServer } from '@apollo/server';
import fastifyApollo, { fastifyApolloDrainPlugin } from '@as-integrations/fastify';
import Fastify from 'fastify';
import { DateTimeResolver } from 'graphql-scalars';
import { Arg, buildSchema, Field, Float, Int, ObjectType, Query, registerEnumType, Resolver } from 'type-graphql';
import { Pool } from 'undici';
import { directBatchSelect, emulatorAccessToken, goalOfRow } from './direct-select.js';

/**
 * The yardstick for `npm run bench read`: the goals read as a team would hand-write it on the same
 * stack (Apollo 5 on Fastify, type-graphql, one undici call to LingXing), with none of the facade:
 * no validation of rows, no quota, no retries, no deadline, no sharing. It answers the `Goals`
 * operation with the same bytes as the facade. Env: PORT, LINGXING_BASE_URL, LINGXING_APP_ID, LINGXING_APP_SECRET.
 */
enum AssessType {
  SALES_AMOUNT = 'SALES_AMOUNT',
  SALES_VOLUME = 'SALES_VOLUME',
}
enum CurrencyCode {
  USD = 'USD',
  EUR = 'EUR',
  GBP = 'GBP',
  CNY = 'CNY',
  JPY = 'JPY',
}
registerEnumType(AssessType, { name: 'AssessType' });
registerEnumType(CurrencyCode, { name: 'CurrencyCode' });

@ObjectType()
class Goal {
  @Field(() => Int) uid!: number;
  @Field(() => String, { nullable: true }) realName?: string | null;
  @Field(() => [String]) organizations!: string[];
  @Field(() => Int) year!: number;
  @Field(() => AssessType) assessType!: AssessType;
  @Field(() => CurrencyCode, { nullable: true }) currency?: CurrencyCode | null;
  @Field(() => [Float]) monthlyGoals!: number[];
  @Field(() => [Float]) monthlyActuals!: number[];
  @Field(() => [Float]) monthlyCompletionRates!: number[];
  @Field(() => Float) yearGoal!: number;
  @Field(() => Float) yearActual!: number;
  @Field(() => Float) yearCompletion!: number;
  @Field(() => Date, { nullable: true }) createdAt?: Date | null;
  @Field(() => Date, { nullable: true }) updatedAt?: Date | null;
}

const env = (name: string): string => process.env[name] ?? '';
const [baseUrl, appId, appSecret] = [env('LINGXING_BASE_URL'), env('LINGXING_APP_ID'), env('LINGXING_APP_SECRET')];
const auth = { appId, accessToken: await emulatorAccessToken(baseUrl, appId, appSecret) };
const pool = new Pool(baseUrl, { connections: 10 });

@Resolver()
class GoalResolver {
  @Query(() => [Goal])
  async goals(
    @Arg('year', () => Int) year: number,
    @Arg('assessType', () => AssessType) assessType: AssessType,
    @Arg('uids', () => [Int], { nullable: true }) uids?: number[] | null,
  ): Promise<Goal[]> {
    const rows = await directBatchSelect(pool, auth, { assessType: assessType === AssessType.SALES_AMOUNT ? 1 : 2, assessYear: year });
    const goals = rows.map((row) => goalOfRow(row, year, assessType) as Goal);
    if (!uids) return goals;
    const byUid = new Map(goals.map((goal) => [goal.uid, goal]));
    return uids.flatMap((uid) => byUid.get(uid) ?? []);
  }
}

const schema = await buildSchema({ resolvers: [GoalResolver], scalarsMap: [{ type: Date, scalar: DateTimeResolver }], validate: false });
const app = Fastify();
const apollo = new ApolloServer({ schema, plugins: [fastifyApolloDrainPlugin(app)] });
await apollo.start();
await app.register(fastifyApollo(apollo), { path: '/graphql' });
await app.listen({ port: Number(env('PORT')), host: '127.0.0.1' });
console.log(`hand-written at http://127.0.0.1:${env('PORT')}/graphql`);
process.on('SIGTERM', () => void app.close().then(() => pool.close().then(() => process.exit(0))));
