import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
import persistedDocuments from './generated/persisted-documents.json' with { type: 'json' };

export interface FacadeClientOptions {
  /** The facade's GraphQL endpoint, e.g. http://localhost:4000/graphql. */
  readonly url: string;
  /** Sent with every request (e.g. authorization). */
  readonly headers?: Record<string, string>;
  /**
   * Send a generated operation by its hash alone (persisted queries): smaller requests, and the
   * only way in when the facade runs TRUSTED_DOCUMENTS=safelist. A facade that does not know the
   * hash yet answers PERSISTED_QUERY_NOT_FOUND and the call is repeated with the text.
   */
  readonly persisted?: boolean;
}

/** A GraphQL error as it arrives (graphql-js's GraphQLFormattedError, without needing graphql-js). */
export interface FacadeError {
  readonly message: string;
  readonly locations?: readonly { readonly line: number; readonly column: number }[];
  readonly path?: readonly (string | number)[];
  readonly extensions?: Readonly<Record<string, unknown>>;
}

export interface FacadeResponse<R> {
  readonly data?: R | null;
  readonly errors?: readonly FacadeError[];
}

/**
 * An operation: the generated documents (typed strings), your own codegen's in `documentMode:
 * 'string'`, or a document graphql-js `parse` made (it keeps its text).
 */
export type FacadeDocument<R, V> = DocumentTypeDecoration<R, V> & DocumentSource;

/** What an operation's text can be read from. */
// eslint-disable-next-line @typescript-eslint/no-wrapper-object-types -- codegen's TypedDocumentString extends String.
export type DocumentSource = string | String | { readonly loc?: { readonly source: { readonly body: string } } };

/** What `POST /uploads` answered: the id to start a job with, and what it counted. */
export interface FacadeUpload {
  readonly uploadId: string;
  readonly items: number;
  readonly bytes: number;
}

/** The request as a whole failed (malformed, unauthenticated, too large…); per-item errors never land here. */
export class FacadeRequestError extends Error {
  override name = 'FacadeRequestError';
  constructor(
    readonly status: number,
    readonly errors: readonly FacadeError[],
  ) {
    super(errors.map((error) => error.message).join('; ') || `HTTP ${status}`);
  }
}

/** A small typed client: variables and results are typed from the generated documents. */
export function createFacadeClient(options: FacadeClientOptions) {
  async function execute<R, V>(document: FacadeDocument<R, V>, variables?: V): Promise<FacadeResponse<R> & { status: number }> {
    const hash = (document as { __meta__?: { hash?: string } }).__meta__?.hash;
    if (options.persisted && hash) {
      const persistedQuery = { version: 1, sha256Hash: hash };
      const answer = await post<R>({ variables, extensions: { persistedQuery } });
      if (answer.errors?.[0]?.extensions?.code !== 'PERSISTED_QUERY_NOT_FOUND') return answer;
      // The exact text codegen hashed, so the facade can check the hash and remember it.
      const query = (persistedDocuments as Record<string, string>)[hash];
      return post<R>({ query, variables, extensions: { persistedQuery } });
    }
    return post<R>({ query: documentText(document), variables });
  }

  async function post<R>(body: object): Promise<FacadeResponse<R> & { status: number }> {
    const response = await fetch(options.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json', ...options.headers },
      body: JSON.stringify(body),
    });
    const answer = (await response.json()) as FacadeResponse<R>;
    return { ...answer, status: response.status };
  }

  return {
    execute,
    /**
     * Sends the items of a bulk job too large for one request to `POST /uploads` (beside the GraphQL
     * endpoint) as NDJSON, one item per line; start the job with the `uploadId` it answers. Items are
     * sent as they are: the facade checks each line and answers a bad one as that item's ValidationError.
     */
    async upload(items: Iterable<unknown>): Promise<FacadeUpload> {
      let body = '';
      for (const item of items) body += `${JSON.stringify(item)}\n`;
      const response = await fetch(new URL('uploads', options.url), {
        method: 'POST',
        headers: { ...options.headers, 'content-type': 'application/x-ndjson', accept: 'application/json' },
        body,
      });
      const answer = (await response.json()) as FacadeUpload & FacadeResponse<never>;
      if (!response.ok) throw new FacadeRequestError(response.status, answer.errors ?? []);
      return answer;
    },
    /** The data, or a FacadeRequestError when the response carries any top-level error. */
    async request<R, V>(document: FacadeDocument<R, V>, variables?: V): Promise<R> {
      const { data, errors, status } = await execute(document, variables);
      if (errors?.length || !data) throw new FacadeRequestError(status, errors ?? []);
      return data;
    },
  };
}

export type FacadeClient = ReturnType<typeof createFacadeClient>;

/** The operation's text: what a string document is, or what `parse` kept. */
export function documentText(document: DocumentSource): string {
  if (typeof document === 'string' || document instanceof String) return document.toString();
  const body = document.loc?.source.body;
  if (body === undefined)
    throw new TypeError("This document has no text: generate it with graphql-codegen's documentMode: 'string', or parse it with graphql-js");
  return body;
}
