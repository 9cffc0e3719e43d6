import Fastify, { type FastifyInstance, type FastifyReply } from 'fastify';
import type { AddressInfo } from 'node:net';
import { type FaultKind, type FaultSettings, sleep } from './faults.js';

/**
 * A Fastify instance set up as a provider emulator: quiet, form bodies parsed, large bodies
 * accepted. Under `pathPrefix` (a tenant's or an ingress's, e.g. `/tenant-x`) it serves its API
 * only below that prefix, as a provider behind one would: a call that loses the prefix gets 404.
 */
export function createEmulatorServer(pathPrefix = ''): FastifyInstance {
  const app = Fastify({
    logger: false,
    bodyLimit: 64 * 1024 * 1024,
    forceCloseConnections: true,
    ...(pathPrefix
      ? {
          rewriteUrl: (request: { url?: string }) =>
            request.url?.startsWith(`${pathPrefix}/`) ? request.url.slice(pathPrefix.length) : '/__outside-the-prefix',
        }
      : {}),
  });
  app.addContentTypeParser('application/x-www-form-urlencoded', { parseAs: 'string' }, (_request, body, done) => {
    done(null, Object.fromEntries(new URLSearchParams(body as string)));
  });
  return app;
}

export interface EmulatorAdmin {
  stats(): unknown;
  setFaults(settings: FaultSettings): void;
  reset(): void;
}

/**
 * Test and benchmark hooks under /__emulator/, for an emulator running in another process:
 * GET stats, PUT faults, POST reset. Not part of any provider's API.
 */
export function registerAdminRoutes(app: FastifyInstance, admin: EmulatorAdmin): void {
  app.get('/__emulator/stats', async () => admin.stats());
  app.put('/__emulator/faults', async (request) => {
    admin.setFaults((request.body ?? {}) as FaultSettings);
    return { ok: true };
  });
  app.post('/__emulator/reset', async () => {
    admin.reset();
    return { ok: true };
  });
}

/** Listens on loopback and answers the base URL. */
export async function listenOnLoopback(app: FastifyInstance, port = 0): Promise<string> {
  await app.listen({ host: '127.0.0.1', port });
  const address = app.server.address() as AddressInfo;
  return `http://127.0.0.1:${address.port}`;
}

/**
 * Runs one call under a drawn fault: faults "before" answer without calling `apply`; faults
 * "after" call `apply` (the change happens) and then lose or garble the answer.
 */
export async function answerWithFault(
  reply: FastifyReply,
  fault: FaultKind | undefined,
  timing: { readonly latencyMs: number; readonly hangMs: number },
  apply: () => { status?: number; body: unknown },
): Promise<FastifyReply> {
  await sleep(timing.latencyMs);
  switch (fault) {
    case 'http-500':
      return reply.code(500).type('text/html').send('<html><body>500 Internal Server Error</body></html>');
    case 'http-503':
      return reply.code(503).type('text/html').send('<html><body>503 Service Unavailable</body></html>');
    case 'drop-before':
      reply.hijack();
      reply.raw.socket?.destroy();
      return reply;
    case 'drop-after':
      apply();
      reply.hijack();
      reply.raw.socket?.destroy();
      return reply;
    case 'timeout-before':
    case 'timeout-after': {
      if (fault === 'timeout-after') apply();
      reply.hijack();
      await sleep(timing.hangMs);
      reply.raw.socket?.destroy();
      return reply;
    }
    case 'slow-body': {
      const text = JSON.stringify(apply().body);
      reply.hijack();
      reply.raw.writeHead(200, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(text) });
      reply.raw.write(text.slice(0, Math.floor(text.length / 2)));
      await sleep(timing.hangMs);
      reply.raw.socket?.destroy();
      return reply;
    }
    case 'malformed-after': {
      apply();
      return reply.code(200).type('application/json').send('{"code":1,"data":[');
    }
    default: {
      const { status = 200, body } = apply();
      return reply.code(status).send(body);
    }
  }
}
