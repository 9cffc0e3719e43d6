import { readFile, writeFile } from 'node:fs/promises';
import { buildFacadeSchema, printSortedSchema } from '../schema.js';

/** `schema` writes schema/schema.graphql from the code; `schema --check` fails when they differ. */
const target = new URL('../../schema/schema.graphql', import.meta.url);
const sdl = printSortedSchema(await buildFacadeSchema());

if (process.argv.includes('--check')) {
  const committed = await readFile(target, 'utf8').catch(() => '');
  if (committed !== sdl) {
    console.error('schema/schema.graphql differs from the schema the code builds. Run `npm run schema` and commit the result.');
    process.exit(1);
  }
  console.log('schema/schema.graphql is current.');
} else {
  await writeFile(target, sdl);
  console.log('wrote schema/schema.graphql');
}
