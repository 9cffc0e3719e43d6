import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { type GraphQLFormattedError, print } from 'graphql';
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

export interface FacadeResponse<R> {
  readonly data?: R | null;
  readonly errors?: readonly GraphQLFormattedError[];
}

/** The request as a whole failed (malformed, unauthenticated, too large…); per-item errors never land here. */
export class FacadeRequestError extends Error {
  override name = 'FacadeRequestError';
  constructor(
    readonly status: number,
    readonly errors: readonly GraphQLFormattedError[],
  ) {
    super(errors.map((error) => error.message).join('; ') || `HTTP ${status}`);
  }
}

const printed = new WeakMap<object, string>();

/** A small typed client: variables and results are typed from the generated documents. */
export function createFacadeClient(options: FacadeClientOptions) {
  async function execute<R, V>(document: TypedDocumentNode<R, V>, variables?: V): Promise<FacadeResponse<R> & { status: number }> {
    const hash = (document as { __meta__?: { hash?: string } }).__meta__?.hash;
    if (options.persisted && hash) {
      const persistedQuery = { version: 1, sha256Hash: hash };
      const answer = await post<R>({ variables, extensions: { persistedQuery } });
      if (answer.errors?.[0]?.extensions?.code !== 'PERSISTED_QUERY_NOT_FOUND') return answer;
      // The exact text codegen hashed, so the facade can check the hash and remember it.
      const query = (persistedDocuments as Record<string, string>)[hash];
      return post<R>({ query, variables, extensions: { persistedQuery } });
    }
    let query = printed.get(document);
    if (query === undefined) printed.set(document, (query = print(document)));
    return post<R>({ query, variables });
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
    /** The data, or a FacadeRequestError when the response carries any top-level error. */
    async request<R, V>(document: TypedDocumentNode<R, V>, variables?: V): Promise<R> {
      const { data, errors, status } = await execute(document, variables);
      if (errors?.length || !data) throw new FacadeRequestError(status, errors ?? []);
      return data;
    },
  };
}

export type FacadeClient = ReturnType<typeof createFacadeClient>;
