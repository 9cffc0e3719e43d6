import { arrivalMargin, type QuotaPolicy } from '../../core/quota/limits.js';

/** TOP's app call quota is not documented: it is configured. The facade's window is a little longer than TOP's. */
export function topPolicy(appKey: string, calls: number, windowMs: number): QuotaPolicy {
  return {
    name: 'TOP app call quota',
    windows: [{ key: `top:${appKey}:calls`, capacity: calls, windowMs: windowMs + arrivalMargin(windowMs) }],
    banKey: `top:${appKey}:ban`,
  };
}
