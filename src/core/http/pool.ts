import { Pool } from 'undici';

export interface HttpTimeouts {
  /** Time to open a TCP/TLS connection. */
  readonly connectMs: number;
  /** Time from sending the request to the response headers. */
  readonly headersMs: number;
  /** Longest pause while the response body streams. */
  readonly bodyMs: number;
}

/** The longest one call can take under these timeouts: connecting, waiting for headers, then the body. */
export function longestCallMs(timeouts: HttpTimeouts): number {
  return timeouts.connectMs + timeouts.headersMs + timeouts.bodyMs;
}

export interface PoolOptions {
  readonly connections: number;
  readonly timeouts: HttpTimeouts;
}

/** Why a base URL cannot be used, or undefined: it must be http(s), with no query or fragment (paths are appended to it). */
export function baseUrlProblem(text: string): string | undefined {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return 'must be an absolute http(s) URL';
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return 'must be an http(s) URL';
  if (text.includes('?') || text.includes('#')) return 'must not have a query or fragment: calls append their own path and query to it';
  return undefined;
}

/**
 * A provider's base URL: one keep-alive pool to its origin (its size bounds the sockets that
 * provider costs us) and the path prefix every call goes under. Tenants, gateways and ingresses
 * often serve a provider under a path (`https://host/tenant-x/`): that prefix is kept.
 */
export class ProviderEndpoint {
  readonly pool: Pool;
  /** The base URL's path without its trailing slash: '' at the root, '/tenant-x' under one. */
  readonly prefix: string;

  constructor(baseUrl: string, options: PoolOptions) {
    const problem = baseUrlProblem(baseUrl);
    if (problem) throw new TypeError(`base URL ${baseUrl} ${problem}`);
    const url = new URL(baseUrl);
    this.prefix = url.pathname.replace(/\/+$/, '');
    this.pool = new Pool(url.origin, {
      connections: options.connections,
      connect: { timeout: options.timeouts.connectMs },
      headersTimeout: options.timeouts.headersMs,
      bodyTimeout: options.timeouts.bodyMs,
      keepAliveTimeout: 10_000,
    });
  }

  /** The request path of `path` (with any query) under the base URL; '' is the base URL itself. */
  path(path: string): string {
    if (path === '') return this.prefix || '/';
    return `${this.prefix}${path.startsWith('/') ? path : `/${path}`}`;
  }

  close(): Promise<void> {
    return this.pool.close();
  }
}
