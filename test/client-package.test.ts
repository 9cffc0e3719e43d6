import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { consumerProject, readmeBlocks, sh } from './support/client-package.js';
import { type Harness, startHarness } from './support/harness.js';

/** The package as a frontend team gets it: packed, installed from the tarball into a project outside this repository. */
describe('the client package, installed from its tarball', () => {
  let project: { dir: string; tarball: string };
  let harness: Harness;
  const [example] = readmeBlocks('ts');
  const [codegenConfig] = readmeBlocks('yaml');

  beforeAll(async () => {
    project = await consumerProject(['typescript', 'esbuild', '@graphql-codegen/cli', '@graphql-codegen/client-preset']);
    harness = await startHarness();
    mkdirSync(join(project.dir, 'src'));
    writeFileSync(join(project.dir, 'src/example.ts'), example!);
  }, 300_000);
  afterAll(async () => harness?.close());

  /** tsc --strict over the project's src/ with one module resolution, browser globals only (no Node types). */
  async function compile(resolution: 'NodeNext' | 'Bundler'): Promise<{ code: number; output: string }> {
    const compilerOptions = {
      strict: true,
      target: 'ES2022',
      lib: ['ES2022', 'DOM'],
      types: [],
      module: resolution === 'NodeNext' ? 'NodeNext' : 'ESNext',
      moduleResolution: resolution,
      noEmit: true,
    };
    writeFileSync(join(project.dir, `tsconfig.${resolution}.json`), JSON.stringify({ compilerOptions, include: ['src'] }));
    return sh(join(project.dir, 'node_modules/.bin/tsc'), ['-p', `tsconfig.${resolution}.json`], project.dir);
  }

  it('ships the client alone: ESM with types, no side effects, no dependency but the typed-document types', () => {
    const installed = join(project.dir, 'node_modules/@provider-facade/client');
    const manifest = JSON.parse(readFileSync(join(installed, 'package.json'), 'utf8')) as Record<string, any>;
    expect(manifest).toMatchObject({ type: 'module', sideEffects: false, exports: { '.': { types: './index.d.ts', default: './index.js' } } });
    expect(Object.keys(manifest.dependencies ?? {})).toEqual(['@graphql-typed-document-node/core']);
    const files = readdirSync(installed, { recursive: true }).map(String);
    expect(files).toContain('schema.graphql');
    expect(files.filter((file) => file.endsWith('.ts') && !file.endsWith('.d.ts'))).toEqual([]);
    // Nothing of the server: its sources and tests stay out of the tarball.
    expect(files.some((file) => /^(src|test|providers|modules)\b/.test(file))).toBe(false);
  });

  it.each(['NodeNext', 'Bundler'] as const)("the README's example compiles under tsc --strict, moduleResolution %s", async (resolution) => {
    const { code, output } = await compile(resolution);
    expect(output).toBe('');
    expect(code).toBe(0);
  });

  it("the README's codegen config types your own operations, Date and DateTime as strings, under NodeNext", async () => {
    writeFileSync(join(project.dir, 'codegen.yml'), codegenConfig!);
    writeFileSync(
      join(project.dir, 'src/my-goals.graphql'),
      'query MyGoals($year: Int!) { goals(year: $year, assessType: SALES_AMOUNT) { uid yearGoal updatedAt } }\n',
    );
    writeFileSync(
      join(project.dir, 'src/my-goals.ts'),
      `import { createFacadeClient } from '@provider-facade/client';
import { MyGoalsDocument } from './gql/graphql.js';

const facade = createFacadeClient({ url: 'http://127.0.0.1:4000/graphql' });
const { goals } = await facade.request(MyGoalsDocument, { year: 2026 });
// A string method: DateTime typed unknown would not compile.
export const updatedDays = goals.map((goal) => goal.updatedAt?.slice(0, 10));
export const total: number = goals.reduce((sum, goal) => sum + goal.yearGoal, 0);
`,
    );
    const generated = await sh(join(project.dir, 'node_modules/.bin/graphql-codegen'), ['--config', 'codegen.yml'], project.dir);
    expect(generated.code, generated.output).toBe(0);
    const { code, output } = await compile('NodeNext');
    expect(output).toBe('');
    expect(code).toBe(0);
  });

  it("the README's example, bundled for a browser by esbuild, runs against a started facade", async () => {
    const source = join(project.dir, 'src/example-here.ts');
    writeFileSync(source, example!.replace('http://127.0.0.1:4000/graphql', harness.facade.url));
    // platform=browser: a Node built-in anywhere in the client would fail the bundle.
    const bundled = await sh(
      join(project.dir, 'node_modules/.bin/esbuild'),
      [source, '--bundle', '--platform=browser', '--format=esm', '--outfile=out/example.mjs', '--log-level=warning'],
      project.dir,
    );
    expect(bundled.output).toBe('');
    const { code, output } = await sh(process.execPath, ['out/example.mjs'], project.dir);
    expect(code, output).toBe(0);
    expect(output).toContain('row 0: written for user 100001');
    expect(output).toContain('row 1: no LingXing user 999999');
    expect(harness.emulators.lingxing.stats.calls.size).toBeGreaterThan(0);
  });
});
