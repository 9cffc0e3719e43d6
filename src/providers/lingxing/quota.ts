import { arrivalMargin, type QuotaPolicy } from '../../core/quota/limits.js';

/** LingXing's token bucket is per (app, path): a token per request, back on completion or after 2 min. */
export const LEASE_MS = 120_000;
export const GOAL_PATH_CAPACITY = 10;
export const TOKEN_PATH_CAPACITY = 100;

/** The facade's lease outlasts LingXing's a little, so a slot it frees by lease is free at LingXing too. */
export function lingxingPolicy(appId: string, path: string, capacity: number, leaseMs = LEASE_MS, longestCallMs?: number): QuotaPolicy {
  return {
    name: `lingxing ${path}`,
    inFlight: { key: `lingxing:${appId}:${path}`, capacity, leaseMs: leaseMs + arrivalMargin(leaseMs), ...(longestCallMs ? { longestCallMs } : {}) },
  };
}
