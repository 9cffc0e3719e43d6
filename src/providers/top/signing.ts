import { createHash, createHmac } from 'node:crypto';
import type { SignMethod } from './wire.js';

/**
 * TOP's signature: every param but `sign` (empty ones skipped), sorted by name, concatenated as
 * `key+value` with no separators, UTF-8; `md5`: MD5(secret + s + secret), `hmac`: HMAC-MD5(s),
 * `hmac-sha256`: HMAC-SHA256(s), keyed by the app secret; upper-case hex.
 */
export function signTop(params: Record<string, string>, secret: string, method: SignMethod): string {
  const text = Object.keys(params)
    .filter((key) => key !== 'sign' && params[key] !== '')
    .sort()
    .map((key) => `${key}${params[key]}`)
    .join('');
  switch (method) {
    case 'md5':
      return createHash('md5').update(`${secret}${text}${secret}`, 'utf8').digest('hex').toUpperCase();
    case 'hmac':
      return createHmac('md5', secret).update(text, 'utf8').digest('hex').toUpperCase();
    case 'hmac-sha256':
      return createHmac('sha256', secret).update(text, 'utf8').digest('hex').toUpperCase();
  }
}
