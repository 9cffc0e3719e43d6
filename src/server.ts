import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginInlineTraceDisabled,
  ApolloServerPluginLandingPageDisabled,
} from '@apollo/server/plugin/disabled';
import fastifyApollo, { fastifyApolloDrainPlugin } from '@as-integrations/fastify';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import fastifyCors from '@fastify/cors';
import Fastify, { type FastifyInstance, LogController } from 'fastify';
import { InMemoryLRUCache } from '@apollo/utils.keyvaluecache';
import { type DocumentNode, GraphQLError, type GraphQLSchema } from 'graphql';
import type { Config } from './config.js';
import { createContext, type FacadeContext, type Services } from './context.js';
import type { Clock } from './core/clock.js';
import { Deadline } from './core/deadline.js';
import { sameSecret } from './core/same-secret.js';
import { Authenticator } from './auth/authenticator.js';
import { cacheControlHeaders } from './graphql/cache-control-headers.js';
import { jitExecution } from './graphql/jit-executor.js';
import { safelistOnly } from './graphql/trusted-documents.js';
import { sandboxLandingPage } from './sandbox-landing-page.js';
import { registerGraphiQL } from './graphiql-route.js';
import { OPERATION_SPAN_NAMES, operationTrace, traceOperations } from './operation-spans.js';
import { registerJobRoutes } from './job-routes.js';
import { serveSubscriptions } from './subscription-server.js';

/** Credentials and personal data never reach a log line, wherever a logged object carries them. */
const REDACTED_PATHS = [
  'req.headers.authorization',
  'req.headers["x-api-key"]',
  'req.headers.cookie',
  ...['phoneNumber', 'phone', 'email', 'token', 'accessToken', 'secret', 'password', 'authorization'].flatMap((key) => [key, `*.${key}`, `*.*.${key}`]),
];

/**
 * Query-shape limits (graphql-armor), applied before execution. Generous for every operation in
 * schema/operations/ and for a federation router's entity fetches; hostile queries hit them.
 */
export const ARMOR_LIMITS = {
  maxDepth: { n: 10 },
  maxAliases: { n: 15 },
  maxDirectives: { n: 20 },
  costLimit: { maxCost: 5_000 },
  // graphql-js counts tokens while parsing (parseOptions below): a parse error stays a 400,
  // where armor's token plugin turned every syntax error into a 500.
  maxTokens: { enabled: false },
} as const;

/** Bytes of parsed documents (as JSON) and of persisted-query texts the server keeps. */
export const DOCUMENT_CACHE_BYTES = 8 * 1024 * 1024;
export const PERSISTED_QUERY_CACHE_BYTES = 4 * 1024 * 1024;

/** Tokens one document may have. */
export const MAX_TOKENS = 3_000;

/** A client may give a request less time than the configured deadline (never more). */
export const DEADLINE_HEADER = 'x-deadline-ms';

/** The header's deadline; one above the server's (REQUEST_DEADLINE_MS) is refused like any bad value, never silently cut. */
function requestedDeadlineMs(header: string | string[] | undefined, maxMs: number): number {
  if (header === undefined) return maxMs;
  const ms = Array.isArray(header) || !/^\d{1,9}$/.test(header.trim()) ? NaN : Number(header);
  if (!(ms >= 1 && ms <= maxMs)) {
    throw new GraphQLError(`${DEADLINE_HEADER} must be a whole number of milliseconds from 1 to ${maxMs}`, {
      extensions: { code: 'BAD_REQUEST', http: { status: 400 } },
    });
  }
  return ms;
}

/** A refused variable's message quotes its value: for a contact field (a phone, an email), that value is personal data. */
const CONTACT_VALUE = /^(Variable "\$\w+" got invalid value )(.*?)( at "[^"]*\.(?:phoneNumber|email)")/s;

function withoutContactValues<T extends { message: string; extensions?: Record<string, unknown> | undefined }>(formatted: T): T {
  const value = CONTACT_VALUE.exec(formatted.message)?.[2];
  if (value === undefined) return formatted;
  // The value can stand twice in the message (after "got invalid value", and in the reason), and in a development stack trace.
  const redact = (text: string) => text.split(value).join('[redacted]');
  const stacktrace = formatted.extensions?.stacktrace;
  return {
    ...formatted,
    message: redact(formatted.message),
    ...(Array.isArray(stacktrace) ? { extensions: { ...formatted.extensions, stacktrace: stacktrace.map((line) => redact(String(line))) } } : {}),
  };
}

/** graphql-armor's and the parser's limit refusals: not syntax errors, whatever their text says. */
const LIMIT_REFUSAL = /^Syntax Error: (.*(?:limit of \d+ exceeded|contains more that \d+ tokens).*)$/s;

/** A query-limit refusal says which limit, with one code to switch on, and no "Syntax Error:". */
function limitRefusal(message: string): string | undefined {
  const refusal = LIMIT_REFUSAL.exec(message)?.[1];
  return refusal?.replace(/contains more that (\d+) tokens\. Parsing aborted\./, "has more than $1 tokens, this facade's limit.");
}

/** Where log lines go instead of stdout (tests read them). */
export interface LogStream {
  write(line: string): void;
}

export interface FacadeServer {
  readonly app: FastifyInstance;
  /** Stops taking requests, finishes those in flight, then resolves. */
  close(): Promise<void>;
}

/** Fastify with Apollo on /graphql (POST and GET; Sandbox for browsers outside production), /healthz and /readyz. */
export async function createServer(
  config: Config,
  schema: GraphQLSchema,
  services: Services,
  options: { clock: Clock; logStream?: LogStream | undefined },
): Promise<FacadeServer> {
  const app = Fastify({
    logger: { level: config.logLevel, redact: { paths: REDACTED_PATHS, censor: '[redacted]' }, ...(options.logStream ? { stream: options.logStream } : {}) },
    // GraphQL bodies can carry personal data; per-request lines stay off.
    logController: new LogController({ disableRequestLogging: true }),
    bodyLimit: config.maxBodyBytes,
    // A client that takes this long to send its request is cut off (slow-loris); work itself is bounded by the deadline.
    requestTimeout: config.requestTimeoutMs,
    return503OnClosing: true,
  });
  await app.register(fastifyCors, { origin: config.corsOrigins as boolean | RegExp | string[], methods: ['GET', 'POST'], maxAge: 600 });
  const armor = new ApolloArmor(ARMOR_LIMITS).protect();
  const production = config.nodeEnv === 'production';
  const apollo = new ApolloServer<FacadeContext>({
    gateway: jitExecution(schema),
    // Both caches bounded by bytes, with room for every operation of schema/operations/ many times
    // over: parsed documents (their JSON size; Apollo's default is 30 MiB) and persisted-query texts
    // (Apollo's default shares a 30 MiB cache counted in characters, where 50,000 small documents took 160 MB of heap).
    documentStore: new InMemoryLRUCache<DocumentNode>({ maxSize: DOCUMENT_CACHE_BYTES }),
    persistedQueries: { cache: new InMemoryLRUCache<string>({ maxSize: PERSISTED_QUERY_CACHE_BYTES, sizeCalculation: (text) => Buffer.byteLength(text) }) },
    // Apollo's own messages go to the JSON log, not the console.
    logger: app.log,
    // main.ts owns SIGTERM: it closes Fastify, which stops Apollo once requests in flight are done.
    stopOnTerminationSignals: false,
    introspection: config.introspection,
    includeStacktraceInErrorResponses: !production,
    // In production an unexpected error says only that it happened; its detail (which may name a
    // provider URL or carry a provider's text) goes to the log.
    formatError: (formatted, error) => {
      formatted = withoutContactValues(formatted);
      const limit = limitRefusal(formatted.message);
      if (limit) return { ...formatted, message: limit, extensions: { ...formatted.extensions, code: 'QUERY_LIMIT_EXCEEDED' } };
      if (!production || formatted.extensions?.code !== 'INTERNAL_SERVER_ERROR') return formatted;
      app.log.error({ err: error }, 'internal error');
      return { message: 'Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR' } };
    },
    validationRules: armor.validationRules,
    parseOptions: { maxTokens: MAX_TOKENS },
    plugins: [
      // graphql-armor ships CommonJS typings of the same Apollo types.
      ...(armor.plugins as unknown as ApolloServerPlugin<FacadeContext>[]),
      fastifyApolloDrainPlugin(app),
      OPERATION_SPAN_NAMES,
      // Apollo's cache-control plugin wraps every field resolver, which a large batch pays dearly for:
      // the Cache-Control header is decided from the document's @cacheControl hints instead.
      ApolloServerPluginCacheControlDisabled(),
      cacheControlHeaders<FacadeContext>(),
      // Field-level traces for a router (ftv1) need every resolver wrapped, which compiled
      // execution cannot take back per request; provider latencies are in /metrics instead.
      ApolloServerPluginInlineTraceDisabled(),
      !config.sandbox ? ApolloServerPluginLandingPageDisabled() : sandboxLandingPage({ telemetry: config.sandboxTelemetry }),
    ],
  });
  await apollo.start();

  const authenticator = new Authenticator(config.auth, (error) =>
    app.log.warn(
      { err: error },
      `JWKS at ${config.auth.jwt?.jwksUrl} cannot be fetched: every Bearer token is refused until it can (told at most once a minute)`,
    ),
  );
  let ready = false;
  // A body Fastify refuses before Apollo sees it (not JSON, a `__proto__` key, too large) still
  // answers in GraphQL's error shape, so clients read every refusal the same way.
  app.setErrorHandler((error: { statusCode?: number; message: string }, _request, reply) => {
    if (!error.statusCode || error.statusCode >= 500) return reply.send(error);
    if (error.statusCode === 413) {
      const message = `Request body is larger than this facade accepts (MAX_BODY_BYTES: ${config.maxBodyBytes} bytes); send fewer items per request`;
      return reply.code(413).send({ errors: [{ message, extensions: { code: 'PAYLOAD_TOO_LARGE' } }] });
    }
    return reply.code(error.statusCode).send({ errors: [{ message: error.message, extensions: { code: 'BAD_REQUEST' } }] });
  });
  app.get('/healthz', async () => ({ status: 'ok' }));
  // Ready while serving and while no provider refuses the facade's credentials; the quota ledger
  // keeps every limit in Redis or in its fallback share either way, and the body says which.
  app.get('/readyz', async (_request, reply) => {
    const body = { quotaLedger: services.ledgerMode(), providers: services.readiness.report() };
    return ready && services.readiness.ready ? { status: 'ready', ...body } : reply.code(503).send({ status: 'not ready', ...body });
  });
  app.get('/metrics', async (request, reply) => {
    if (config.metricsToken && !sameSecret(request.headers.authorization ?? '', `Bearer ${config.metricsToken}`)) {
      return reply.code(401).header('www-authenticate', 'Bearer').send({ error: '/metrics needs Authorization: Bearer <METRICS_TOKEN>' });
    }
    reply.header('content-type', services.metrics.registry.contentType);
    return services.metrics.registry.metrics();
  });
  // A worker replica (FACADE_ROLE=worker) runs bulk-job chunks and answers health and metrics only.
  const servesApi = config.bulk.role !== 'worker';
  if (servesApi) {
    registerJobRoutes(app, services, authenticator);
    serveSubscriptions(app, schema, services, authenticator, options.clock, config.trustedDocuments);
  }
  if (servesApi && config.sandbox) registerGraphiQL(app);
  traceOperations(app);
  if (servesApi && config.trustedDocuments === 'safelist') {
    app.addHook('preHandler', async (request, reply) => {
      if (request.routeOptions.url === '/graphql' && request.method !== 'OPTIONS') await safelistOnly(request, reply);
    });
  }
  if (servesApi)
    await app.register(fastifyApollo(apollo), {
      path: '/graphql',
      context: async (request) => {
        const principal = await authenticator.authenticate(request.headers);
        const deadlineMs = requestedDeadlineMs(request.headers[DEADLINE_HEADER], config.requestDeadlineMs);
        const deadline = Deadline.in(deadlineMs, options.clock, principal.id, operationTrace(request));
        return createContext(services, deadline, principal, request.log, request.headers['accept-language']);
      },
    });
  app.addHook('onReady', async () => {
    ready = true;
  });
  app.addHook('preClose', async () => {
    ready = false;
  });
  app.addHook('onSend', async (_request, reply) => {
    // The facade's own time, without the network: browsers show it beside the request, benchmarks read it.
    reply.header('server-timing', `facade;dur=${reply.elapsedTime.toFixed(2)}`);
    // A keep-alive socket that goes idle after close began would hold close() open until its timeout.
    if (!ready) reply.header('connection', 'close');
  });
  return {
    app,
    close: async () => {
      // The preClose hook stops readiness before Fastify stops taking requests.
      await app.close();
      await apollo.stop();
    },
  };
}
