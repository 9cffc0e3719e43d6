import type { QuotaPolicy } from '../../core/quota/limits.js';

const HOUR = 3_600_000;

/** 50 calls per hour and 150 per day; whether the windows are rolling is not documented, so rolling (the stricter). */
/**
 * Reads (findByPage) have no documented limit, but they are surely limited by something: the
 * facade keeps its own, `perMinute` in a rolling minute, so no request can turn into thousands of reads.
 */
export function cloudpenseReadPolicy(clientId: string, perMinute: number): QuotaPolicy {
  return { name: 'CloudPense read quota', windows: [{ key: `cloudpense:${clientId}:reads`, capacity: perMinute, windowMs: 60_000 }] };
}

export function cloudpensePolicy(clientId: string, perHour = 50, perDay = 150): QuotaPolicy {
  return {
    name: 'CloudPense batch quota',
    windows: [
      { key: `cloudpense:${clientId}:hour`, capacity: perHour, windowMs: HOUR },
      { key: `cloudpense:${clientId}:day`, capacity: perDay, windowMs: 24 * HOUR },
    ],
  };
}
