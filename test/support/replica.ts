import { type ChildProcess, spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { Emulators } from '../../src/emulators.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

/** A facade in its own process, as one replica behind a load balancer. */
export interface Replica {
  readonly url: string;
  readonly process: ChildProcess;
  /** Every JSON log line it printed so far. */
  readonly logs: Record<string, unknown>[];
  /** SIGKILL: gone at once, releasing nothing. */
  kill(): void;
  /** SIGTERM, then waits for it to exit. */
  stop(): Promise<void>;
}

/** The variables that point a `PROVIDERS=live` facade at emulators running in the test process. */
export function liveEnv(emulators: Emulators): Record<string, string> {
  const { lingxing, top, crm, cloudpense } = emulators.connections;
  return {
    PROVIDERS: 'live',
    AUTH_MODE: 'none',
    LINGXING_BASE_URL: lingxing.baseUrl,
    LINGXING_APP_ID: lingxing.appId,
    LINGXING_APP_SECRET: lingxing.appSecret,
    TOP_GATEWAY_URL: top.gatewayUrl,
    TOP_APP_KEY: top.appKey,
    TOP_APP_SECRET: top.appSecret,
    TOP_SIGN_METHOD: top.signMethod,
    CRM_BASE_URL: crm.baseUrl,
    CRM_INTERNAL_SECRET: crm.internalSecret,
    CLOUDPENSE_BASE_URL: cloudpense.baseUrl,
    CLOUDPENSE_CLIENT_ID: cloudpense.clientId,
    CLOUDPENSE_CLIENT_SECRET: cloudpense.clientSecret,
  };
}

/** Starts `src/main.ts` through tsx, or the build (`dist/main.js`, for benchmarks). */
export async function startReplica(env: Record<string, string>, entry: 'source' | 'build' = 'source'): Promise<Replica> {
  // BENCH_FACADE_NODE_ARGS="--cpu-prof --cpu-prof-dir=/tmp/prof" profiles a benchmark's facade (NODE_OPTIONS refuses --cpu-prof).
  const nodeArgs = process.env.BENCH_FACADE_NODE_ARGS?.split(' ').filter(Boolean) ?? [];
  const args = [...nodeArgs, ...(entry === 'source' ? ['--import', 'tsx', 'src/main.ts'] : ['dist/main.js'])];
  const child = spawn(process.execPath, args, {
    cwd: ROOT,
    env: { ...process.env, NODE_ENV: 'test', PORT: '0', LOG_LEVEL: 'info', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const logs: Record<string, unknown>[] = [];
  let stderr = '';
  child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const url = await new Promise<string>((resolve, reject) => {
    let buffered = '';
    child.stdout!.on('data', (chunk: Buffer) => {
      buffered += chunk.toString();
      let newline;
      while ((newline = buffered.indexOf('\n')) >= 0) {
        const line = buffered.slice(0, newline);
        buffered = buffered.slice(newline + 1);
        try {
          const entry = JSON.parse(line) as Record<string, unknown>;
          logs.push(entry);
          const ready = /(?:GraphQL facade ready at|health and metrics at) ([^\s)]+)/.exec(String(entry.msg ?? ''));
          if (ready) resolve(ready[1]!);
        } catch {
          // not a log line
        }
      }
    });
    child.once('exit', (code) => reject(new Error(`replica exited (${code}) before it was ready: ${stderr}`)));
    // It must say it is ready (LOG_LEVEL info or lower) within 30 s.
    setTimeout(() => reject(new Error(`replica not ready after 30 s: ${stderr}`)), 30_000).unref();
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  return {
    url,
    process: child,
    logs,
    kill: () => child.kill('SIGKILL'),
    stop: async () => {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
      await exited;
    },
  };
}
