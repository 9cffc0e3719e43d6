import type { QuotaPolicy } from '../../core/quota/limits.js';

/**
 * TOP's app call quota is not documented: it is configured. The facade's window is a little
 * longer than the provider's (2%, at least 20 ms, at most 1 s), since the provider counts a call
 * when it arrives, a moment after the facade admitted it.
 */
export function windowMargin(windowMs: number): number {
  return Math.min(1_000, Math.max(20, Math.round(windowMs * 0.02)));
}

export function topPolicy(appKey: string, calls: number, windowMs: number): QuotaPolicy {
  return {
    name: 'TOP app call quota',
    windows: [{ key: `top:${appKey}:calls`, capacity: calls, windowMs: windowMs + windowMargin(windowMs) }],
    banKey: `top:${appKey}:ban`,
  };
}
