import { Pool } from 'undici';

export interface HttpTimeouts {
  /** Time to open a TCP/TLS connection. */
  readonly connectMs: number;
  /** Time from sending the request to the response headers. */
  readonly headersMs: number;
  /** Longest pause while the response body streams. */
  readonly bodyMs: number;
}

export interface PoolOptions {
  readonly connections: number;
  readonly timeouts: HttpTimeouts;
}

/** One keep-alive pool per provider origin; its size bounds the sockets that provider costs us. */
export function createProviderPool(origin: string, options: PoolOptions): Pool {
  return new Pool(new URL(origin).origin, {
    connections: options.connections,
    connect: { timeout: options.timeouts.connectMs },
    headersTimeout: options.timeouts.headersMs,
    bodyTimeout: options.timeouts.bodyMs,
    keepAliveTimeout: 10_000,
  });
}
