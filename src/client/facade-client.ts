import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { type GraphQLFormattedError, print } from 'graphql';

export interface FacadeClientOptions {
  /** The facade's GraphQL endpoint, e.g. http://localhost:4000/graphql. */
  readonly url: string;
  /** Sent with every request (e.g. authorization). */
  readonly headers?: Record<string, string>;
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
    let query = printed.get(document);
    if (query === undefined) printed.set(document, (query = print(document)));
    const response = await fetch(options.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json', ...options.headers },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await response.json()) as FacadeResponse<R>;
    return { ...body, status: response.status };
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
