import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { Redis } from 'ioredis';
import { sleep } from '../../src/core/emulation/faults.js';

/** A redis-server of a test's own, on its own port, so stopping or pausing it disturbs nobody else. */
export interface OwnRedis {
  readonly port: number;
  readonly url: string;
  readonly process: ChildProcess;
  /** SIGTERM (Redis saves its append-only file first, when it keeps one), then waits for the exit. */
  stop(): Promise<void>;
}

/** Starts redis-server on `port` and waits until it answers; with `dir`, it keeps an append-only file there (fsync on every write). */
export async function startRedisServer(port: number, dir?: string): Promise<OwnRedis> {
  const persistence = dir ? ['--dir', dir, '--appendonly', 'yes', '--appendfsync', 'always', '--save', ''] : ['--save', '', '--appendonly', 'no'];
  const server = spawn('redis-server', ['--port', String(port), '--bind', '127.0.0.1', ...persistence], { stdio: 'ignore' });
  for (let attempt = 0; ; attempt++) {
    const probe = new Redis({ port, lazyConnect: true, retryStrategy: () => null, maxRetriesPerRequest: 0 });
    probe.on('error', () => {});
    const up = await probe.connect().then(
      () => probe.ping().then(() => true),
      () => false,
    );
    probe.disconnect();
    if (up) break;
    if (attempt > 50) throw new Error(`redis-server did not start on port ${port}`);
    await sleep(100);
  }
  return {
    port,
    url: `redis://127.0.0.1:${port}`,
    process: server,
    async stop() {
      if (server.exitCode !== null || server.signalCode !== null) return;
      server.kill('SIGCONT');
      server.kill('SIGTERM');
      await once(server, 'exit');
    },
  };
}
