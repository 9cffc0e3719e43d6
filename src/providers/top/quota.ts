import type { QuotaPolicy } from '../../core/quota/limits.js';

/**
 * TOP's app call quota is not documented: it is configured. The facade's window is a little
 * longer than the provider's, since the provider counts a call when it arrives, a moment after
 * the facade admitted it.
 */
export const WINDOW_MARGIN_MS = 250;

export function topPolicy(appKey: string, calls: number, windowMs: number): QuotaPolicy {
  return {
    name: 'TOP app call quota',
    windows: [{ key: `top:${appKey}:calls`, capacity: calls, windowMs: windowMs + WINDOW_MARGIN_MS }],
    banKey: `top:${appKey}:ban`,
  };
}
