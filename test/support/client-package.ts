import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const run = promisify(execFile);

/** A command's exit, with what it printed; never throws. */
export async function sh(command: string, args: readonly string[], cwd: string): Promise<{ code: number; output: string }> {
  try {
    const { stdout, stderr } = await run(command, [...args], { cwd, maxBuffer: 64 * 1024 * 1024, env: { ...process.env, NODE_ENV: '' } });
    return { code: 0, output: stdout + stderr };
  } catch (error) {
    const failed = error as { code?: number; stdout?: string; stderr?: string };
    return { code: typeof failed.code === 'number' ? failed.code : 1, output: `${failed.stdout ?? ''}${failed.stderr ?? ''}` };
  }
}

/** The version this repository installed, so a consumer's install comes from npm's cache. */
export function installedVersion(name: string): string {
  return (JSON.parse(readFileSync(join(ROOT, 'node_modules', name, 'package.json'), 'utf8')) as { version: string }).version;
}

/** `npm pack` of the built client package (dist/client-package, from `npm run build`) into a folder of its own. */
export async function packClient(): Promise<string> {
  if (!existsSync(join(ROOT, 'dist/client-package/package.json'))) throw new Error('dist/client-package is missing: run `npm run build` first');
  const folder = mkdtempSync(join(tmpdir(), 'client-tarball-'));
  const packed = await sh('npm', ['pack', join(ROOT, 'dist/client-package'), '--pack-destination', folder, '--silent'], ROOT);
  if (packed.code !== 0) throw new Error(`npm pack failed: ${packed.output}`);
  return join(folder, packed.output.trim().split('\n').at(-1)!);
}

/**
 * An empty project outside the repository with the client installed from its tarball, as a
 * frontend team would, plus the tools it names (at this repository's versions).
 */
export async function consumerProject(tools: readonly string[]): Promise<{ dir: string; tarball: string }> {
  const tarball = await packClient();
  const dir = mkdtempSync(join(tmpdir(), 'client-consumer-'));
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'consumer', private: true, type: 'module' }));
  const installed = await sh(
    'npm',
    ['install', '--no-audit', '--no-fund', '--no-package-lock', tarball, ...tools.map((tool) => `${tool}@${installedVersion(tool)}`)],
    dir,
  );
  if (installed.code !== 0) throw new Error(`npm install in ${dir} failed: ${installed.output}`);
  return { dir, tarball };
}

/** The README's fenced blocks of one language, in order. */
export function readmeBlocks(language: string): string[] {
  const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
  return [...readme.matchAll(new RegExp('```' + language + '\\n([\\s\\S]*?)```', 'g'))].map((match) => match[1]!);
}
