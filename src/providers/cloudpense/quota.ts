import type { QuotaPolicy } from '../../core/quota/limits.js';

const HOUR = 3_600_000;

/** 50 calls per hour and 150 per day; whether the windows are rolling is not documented, so rolling (the stricter). */
export function cloudpensePolicy(clientId: string, perHour = 50, perDay = 150): QuotaPolicy {
  return {
    name: 'CloudPense batch quota',
    windows: [
      { key: `cloudpense:${clientId}:hour`, capacity: perHour, windowMs: HOUR },
      { key: `cloudpense:${clientId}:day`, capacity: perDay, windowMs: 24 * HOUR },
    ],
  };
}
