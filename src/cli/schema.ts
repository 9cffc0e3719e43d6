import 'reflect-metadata';
import { readFile, writeFile } from 'node:fs/promises';
import { buildFacadeSubgraph, printSubgraphSdl } from '../federation.js';
import { buildFacadeSchema, printSortedSchema } from '../schema.js';

/**
 * `schema` writes schema/schema.graphql (the public SDL) and schema/subgraph.graphql (what a
 * federation router composes) from the code; `schema --check` fails when either differs.
 */
const files = [
  { name: 'schema/schema.graphql', sdl: printSortedSchema(await buildFacadeSchema()) },
  { name: 'schema/subgraph.graphql', sdl: await printSubgraphSdl(await buildFacadeSubgraph()) },
];

let stale = false;
for (const { name, sdl } of files) {
  const target = new URL(`../../${name}`, import.meta.url);
  if (process.argv.includes('--check')) {
    const committed = await readFile(target, 'utf8').catch(() => '');
    if (committed === sdl) console.log(`${name} is current.`);
    else {
      console.error(`${name} differs from the schema the code builds. Run \`npm run schema\` and commit the result.`);
      stale = true;
    }
  } else {
    await writeFile(target, sdl);
    console.log(`wrote ${name}`);
  }
}
if (stale) process.exit(1);
