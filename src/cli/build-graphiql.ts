// Bundles the explorer served at /graphiql (src/graphiql/) into dist/graphiql/: the page's script
// and CSS with their fonts, and Monaco's workers, under content-hashed names (cached for good), a
// gzip copy of each, and manifest.json naming them for the page. Nothing is left to a CDN.
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { basename } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build, type Metafile } from 'esbuild';

const root = 'dist/graphiql';
const outdir = `${root}/assets`;
const common = {
  bundle: true,
  minify: true,
  outdir,
  entryNames: '[name]-[hash]',
  assetNames: '[name]-[hash]',
  legalComments: 'linked',
  metafile: true,
  logLevel: 'warning',
  define: { 'process.env.NODE_ENV': '"production"' },
} as const;

/** Output file names by entry point. */
function outputs(metafile: Metafile): Record<string, string[]> {
  const byEntry: Record<string, string[]> = {};
  for (const [file, output] of Object.entries(metafile.outputs)) if (output.entryPoint) (byEntry[output.entryPoint] ??= []).push(basename(file));
  return byEntry;
}

rmSync(root, { recursive: true, force: true });
const page = await build({
  ...common,
  entryPoints: ['src/graphiql/explorer.tsx'],
  format: 'esm',
  jsx: 'automatic',
  loader: { '.ttf': 'file', '.woff': 'file', '.woff2': 'file', '.svg': 'file' },
  tsconfig: 'src/graphiql/tsconfig.json',
});
const WORKERS = {
  editor: 'monaco-editor/esm/vs/editor/editor.worker.js',
  json: 'monaco-editor/esm/vs/language/json/json.worker.js',
  graphql: 'monaco-graphql/esm/graphql.worker.js',
};
const workers = await build({ ...common, entryPoints: Object.values(WORKERS), format: 'iife' });

const [script, { cssBundle }] = Object.entries(page.metafile.outputs).find(([, output]) => output.entryPoint)!;
const workerFiles = outputs(workers.metafile);
const manifest = {
  script: basename(script),
  style: basename(cssBundle!),
  workers: Object.fromEntries(
    Object.entries(WORKERS).map(([label, entry]) => [label, workerFiles[`node_modules/${entry}`]!.find((name) => name.endsWith('.js'))!]),
  ),
};
writeFileSync(`${root}/manifest.json`, `${JSON.stringify(manifest, null, 2)}\n`);
for (const file of [...Object.keys(page.metafile.outputs), ...Object.keys(workers.metafile.outputs)])
  if (/\.(js|css|ttf)$/.test(file)) writeFileSync(`${file}.gz`, gzipSync(readFileSync(file), { level: 9 }));
console.log(`GraphiQL bundled in ${outdir}: ${manifest.script}, ${manifest.style}, workers ${Object.values(manifest.workers).join(', ')}`);
