// GraphiQL as the facade serves it at /graphiql: bundled at build time (src/cli/build-graphiql.ts)
// with its CSS, fonts and Monaco's workers, so it needs no network beyond the facade itself.
import { GraphiQL, type GraphiQLProps } from 'graphiql';
import 'graphiql/style.css';
import { createClient, type Client } from 'graphql-ws';
import { createRoot } from 'react-dom/client';

/** What the facade puts in the page: where it answers and the example to open on. */
interface ExplorerConfig {
  readonly endpoint: string;
  readonly query: string;
  readonly variables: string;
  readonly headers: string;
  /** Monaco's workers by language (`editor` for the rest), file names beside this bundle. */
  readonly workers: Readonly<Record<string, string>>;
}

const config = JSON.parse(document.getElementById('graphiql-config')!.textContent!) as ExplorerConfig;
// Monaco asks for a worker per language; each is a file of its own beside the bundle.
(globalThis as { MonacoEnvironment?: unknown }).MonacoEnvironment = {
  getWorker: (_id: string, label: string) => new Worker(new URL(config.workers[label] ?? config.workers.editor!, import.meta.url)),
};
const endpoint = new URL(config.endpoint, document.baseURI);
const socketUrl = `${endpoint.protocol === 'https:' ? 'wss:' : 'ws:'}//${endpoint.host}${endpoint.pathname}`;

// One WebSocket per set of headers: graphql-ws sends credentials once, in its connection payload.
const sockets = new Map<string, Client>();
function socketFor(headers: Record<string, string>): Client {
  const key = JSON.stringify(headers);
  let client = sockets.get(key);
  if (!client) sockets.set(key, (client = createClient({ url: socketUrl, connectionParams: headers, lazy: true })));
  return client;
}

const fetcher: GraphiQLProps['fetcher'] = (params, options) => {
  const headers = (options?.headers ?? {}) as Record<string, string>;
  const operation = options?.documentAST?.definitions.find(
    (definition) => definition.kind === 'OperationDefinition' && (!params.operationName || definition.name?.value === params.operationName),
  );
  if (operation && 'operation' in operation && operation.operation === 'subscription') {
    // graphql-ws yields results as they arrive (formatted errors); GraphiQL's type names graphql-js's.
    return socketFor(headers).iterate({ query: params.query, variables: params.variables, operationName: params.operationName ?? null }) as ReturnType<
      GraphiQLProps['fetcher']
    >;
  }
  return fetch(endpoint, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json', ...headers },
    body: JSON.stringify(params),
  }).then((response) => response.json());
};

createRoot(document.getElementById('graphiql')!).render(
  <GraphiQL
    fetcher={fetcher}
    initialQuery={config.query}
    initialVariables={config.variables}
    initialHeaders={config.headers}
    defaultEditorToolsVisibility="variables"
    isHeadersEditorEnabled
    shouldPersistHeaders={false}
  />,
);
