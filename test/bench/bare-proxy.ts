import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { Pool } from 'undici';
import { directBatchSelect, emulatorAccessToken, goalOfRow } from './direct-select.js';

/**
 * The least a facade can do for a goals read, as a yardstick for `npm run bench read`: one more
 * HTTP hop that signs the same batchSelect, parses LingXing's answer, reshapes each row into what
 * the `Goals` operation selects and serialises it. No GraphQL, no validation, no quota.
 * Env: PORT, LINGXING_BASE_URL, LINGXING_APP_ID, LINGXING_APP_SECRET.
 */
const env = (name: string): string => process.env[name] ?? '';
const [baseUrl, appId, appSecret] = [env('LINGXING_BASE_URL'), env('LINGXING_APP_ID'), env('LINGXING_APP_SECRET')];
const auth = { appId, accessToken: await emulatorAccessToken(baseUrl, appId, appSecret) };
const pool = new Pool(baseUrl, { connections: 8 });

async function goals(year: number, assessType: 'SALES_AMOUNT' | 'SALES_VOLUME'): Promise<unknown[]> {
  const rows = await directBatchSelect(pool, auth, { assessType: assessType === 'SALES_AMOUNT' ? 1 : 2, assessYear: year });
  return rows.map((row) => goalOfRow(row, year, assessType));
}

const server = createServer((req, res) => void answer(req, res));

async function answer(req: IncomingMessage, res: ServerResponse): Promise<void> {
  let text = '';
  for await (const chunk of req) text += chunk;
  const { variables } = JSON.parse(text) as { variables: { year: number; assessType: 'SALES_AMOUNT' | 'SALES_VOLUME' } };
  const data = { goals: await goals(variables.year, variables.assessType) };
  res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ data }));
}
server.listen(Number(env('PORT')), '127.0.0.1', () => console.log(`bare proxy at http://127.0.0.1:${env('PORT')}`));
process.on('SIGTERM', () => server.close(() => void pool.close().then(() => process.exit(0))));
