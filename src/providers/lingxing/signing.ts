import { createCipheriv, createHash } from 'node:crypto';

/**
 * LingXing's request signature: every param but `sign` (body top-level keys and the query's
 * access_token, app_key, timestamp), empty strings dropped, `null` as the text `null`, nested
 * values as compact JSON; sorted by key, joined `k=v&…`, MD5 as upper-case hex, then
 * AES-128-ECB (PKCS5) keyed by the appId's UTF-8 bytes, Base64. 64 characters.
 */
export function signLingxing(params: Record<string, unknown>, appId: string): string {
  const text = Object.keys(params)
    .filter((key) => key !== 'sign' && params[key] !== '' && params[key] !== undefined)
    .sort()
    .map((key) => `${key}=${paramText(params[key])}`)
    .join('&');
  const digest = createHash('md5').update(text, 'utf8').digest('hex').toUpperCase();
  const cipher = createCipheriv('aes-128-ecb', Buffer.from(appId, 'utf8'), null);
  return Buffer.concat([cipher.update(digest, 'utf8'), cipher.final()]).toString('base64');
}

function paramText(value: unknown): string {
  if (value === null) return 'null';
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
}

/**
 * Copies a JSON value with object keys sorted at every depth. The body is sent in this order and
 * signed as sent, which satisfies both readings of nested-key order seen in public SDKs.
 */
export function sortKeysDeep<T>(value: T): T {
  if (Array.isArray(value)) return value.map(sortKeysDeep) as T;
  if (value !== null && typeof value === 'object') {
    const sorted: Record<string, unknown> = {};
    for (const key of Object.keys(value).sort()) sorted[key] = sortKeysDeep((value as Record<string, unknown>)[key]);
    return sorted as T;
  }
  return value;
}
