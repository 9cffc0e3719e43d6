import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { FastifyInstance } from 'fastify';
import { SANDBOX_EXAMPLE } from './sandbox-example.js';

const TYPES: Record<string, string> = {
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.ttf': 'font/ttf',
  '.txt': 'text/plain; charset=utf-8',
};

/** What src/cli/build-graphiql.ts wrote: the bundle's hashed file names. */
interface Manifest {
  readonly script: string;
  readonly style: string;
  readonly workers: Readonly<Record<string, string>>;
}

/** Where `npm run build` put the bundle: beside the built server (dist/), or in dist/ when run from src/ by tsx. */
function bundleFolder(): string | undefined {
  return [new URL('./graphiql/', import.meta.url), new URL('../dist/graphiql/', import.meta.url)]
    .map((url) => fileURLToPath(url))
    .find((folder) => existsSync(`${folder}manifest.json`));
}

/** The page: the bundle, and the example to open on in a JSON island (`<` escaped so no text can close the script). */
function page(manifest: Manifest): string {
  const config = {
    endpoint: 'graphql',
    query: SANDBOX_EXAMPLE.document,
    // Indented, but a list of numbers (twelve monthly values) on one line.
    variables: JSON.stringify(SANDBOX_EXAMPLE.variables, null, 2).replace(/\[[\d\s,.-]+\]/g, (list) =>
      list.replace(/\s+/g, ' ').replace('[ ', '[').replace(' ]', ']'),
    ),
    headers: '{}',
    workers: manifest.workers,
  };
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>GraphiQL · Provider facade</title>
<link rel="stylesheet" href="graphiql/assets/${manifest.style}">
<style>html, body, #graphiql { height: 100%; margin: 0; }</style>
</head>
<body>
<div id="graphiql">Loading GraphiQL…</div>
<script id="graphiql-config" type="application/json">${JSON.stringify(config).replace(/</g, '\\u003c')}</script>
<script type="module" src="graphiql/assets/${manifest.script}"></script>
</body>
</html>
`;
}

/**
 * GraphiQL at /graphiql, served entirely by the facade (no CDN): for networks that cannot reach
 * Apollo's. Relative URLs, so it works behind a path prefix too.
 */
export function registerGraphiQL(app: FastifyInstance): void {
  const folder = bundleFolder();
  const names = new Set(folder ? readdirSync(`${folder}assets`) : []);
  const html = folder ? page(JSON.parse(readFileSync(`${folder}manifest.json`, 'utf8')) as Manifest) : '';
  app.get('/graphiql', async (_request, reply) => {
    if (!folder) return reply.code(503).type('text/plain; charset=utf-8').send('GraphiQL is not built here: run `npm run build` (it bundles dist/graphiql/).');
    return reply.type('text/html; charset=utf-8').header('cache-control', 'no-cache').send(html);
  });
  app.get<{ Params: { name: string } }>('/graphiql/assets/:name', async (request, reply) => {
    const { name } = request.params;
    // Only the files the build wrote: a name is never a path.
    if (!folder || !names.has(name)) return reply.code(404).send({ errors: [{ message: `No GraphiQL asset ${name}`, extensions: { code: 'NOT_FOUND' } }] });
    const gzip = names.has(`${name}.gz`) && /\bgzip\b/.test(request.headers['accept-encoding'] ?? '');
    // Names carry their content's hash: a browser keeps each file for good.
    reply
      .type(TYPES[name.slice(name.lastIndexOf('.'))] ?? 'application/octet-stream')
      .header('cache-control', 'public, max-age=31536000, immutable')
      .header('vary', 'accept-encoding');
    if (gzip) reply.header('content-encoding', 'gzip');
    return reply.send(await readFile(`${folder}assets/${gzip ? `${name}.gz` : name}`));
  });
}
