import { Readable } from 'node:stream';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { GraphQLError } from 'graphql';
import type { Authenticator } from './auth/authenticator.js';
import type { Principal } from './auth/scopes.js';
import type { Services } from './context.js';
import { maySee } from './graphql/bulk-job-access.js';
import { ndjsonLines } from './ndjson-lines.js';
import { UPLOAD_TTL_MS } from './jobs.js';

/** Upload lines kept in memory at once before they go to the upload store. */
const APPEND_BATCH = 1_000;
/** Results read from the store per page of a download. */
const DOWNLOAD_PAGE = 1_000;

/**
 * The bulk-job routes beside GraphQL: `POST /uploads` (NDJSON, one item per line, streamed into the
 * upload store as it arrives: the raw body is never held) and `GET /jobs/{id}/results.ndjson` (every
 * answer of a job in input order, streamed a page at a time). Both authenticate as /graphql does.
 */
export function registerJobRoutes(app: FastifyInstance, services: Services, authenticator: Authenticator): void {
  const { uploads, bulkJobs, views, config } = services.jobs;
  // The body stays a stream: the route reads its lines as they arrive.
  app.addContentTypeParser(['application/x-ndjson', 'application/jsonl'], (_request, payload, done) => done(null, payload));

  app.post('/uploads', async (request, reply) => {
    const principal = await principalOf(request, reply, authenticator);
    if (!principal) return reply;
    if (![...principal.scopes].some((scope) => scope.endsWith(':write'))) {
      return refuse(reply, 403, 'FORBIDDEN', 'Uploading items for a bulk job needs a write scope (the one of the job you will start).');
    }
    if (typeof (request.body as Readable | undefined)?.pipe !== 'function') {
      return refuse(reply, 415, 'BAD_REQUEST', 'Send the items as Content-Type: application/x-ndjson, one JSON item per line.');
    }
    const id = await uploads.create(principal.id, UPLOAD_TTL_MS);
    let items = 0;
    let bytes = 0;
    let batch: string[] = [];
    let tooLarge: string | undefined;
    for await (const chunk of ndjsonLines(request.body as Readable)) {
      bytes += chunk.bytes;
      if (bytes > config.maxUploadBytes) tooLarge = `An upload takes at most ${config.maxUploadBytes} bytes (BULK_MAX_UPLOAD_BYTES).`;
      for (const line of chunk.lines) {
        if (tooLarge || line.trim() === '') continue;
        if (++items > config.maxItems) tooLarge = `An upload takes at most ${config.maxItems.toLocaleString('en')} items (BULK_MAX_ITEMS).`;
        else batch.push(line);
      }
      if (tooLarge) {
        // The rest is not read: the answer goes out, then the connection closes.
        reply.header('connection', 'close');
        reply.raw.once('finish', () => request.raw.destroy());
        return refuse(reply, 413, 'PAYLOAD_TOO_LARGE', tooLarge);
      }
      if (batch.length >= APPEND_BATCH) {
        await uploads.append(id, batch);
        batch = [];
      }
    }
    if (batch.length > 0) await uploads.append(id, batch);
    return reply.code(201).send({ uploadId: id, items, bytes });
  });

  app.get<{ Params: { id: string } }>('/jobs/:id/results.ndjson', async (request, reply) => {
    const principal = await principalOf(request, reply, authenticator);
    if (!principal) return reply;
    const job = await bulkJobs.job(request.params.id);
    if (!job || !maySee(principal, job) || !views.has(job.kind)) {
      return refuse(reply, 404, 'NOT_FOUND', `No bulk job ${request.params.id}.`);
    }
    async function* lines(): AsyncGenerator<string> {
      for (let from = 0; ;) {
        const page = await bulkJobs.results<object>(job!, from, DOWNLOAD_PAGE, false);
        if (page.length === 0) return;
        let text = '';
        for (const { result, reconciled } of page) text += `${JSON.stringify({ __typename: result.constructor.name, ...result, reconciled })}\n`;
        yield text;
        from = page.at(-1)!.index + 1;
      }
    }
    return reply.type('application/x-ndjson').header('content-disposition', `attachment; filename="${job.id}.ndjson"`).send(Readable.from(lines()));
  });
}

async function principalOf(request: FastifyRequest, reply: FastifyReply, authenticator: Authenticator): Promise<Principal | undefined> {
  try {
    return await authenticator.authenticate(request.headers);
  } catch (error) {
    if (!(error instanceof GraphQLError)) throw error;
    refuse(reply, 401, 'UNAUTHENTICATED', error.message);
    return undefined;
  }
}

function refuse(reply: FastifyReply, status: number, code: string, message: string): FastifyReply {
  return reply.code(status).send({ errors: [{ message, extensions: { code } }] });
}
