import { createCipheriv, createHash } from 'node:crypto';

/**
 * LingXing's request signature: every param but `sign` (body top-level keys and the query's
 * access_token, app_key, timestamp), empty strings dropped, `null` as the text `null`, nested
 * values as compact JSON; sorted by key, joined `k=v&…`, MD5 as upper-case hex, then
 * AES-128-ECB (PKCS5) keyed by the appId's UTF-8 bytes, Base64. 64 characters.
 */
export function signLingxing(params: Record<string, unknown>, appId: string): string {
  const texts: Record<string, string> = {};
  for (const key of Object.keys(params)) texts[key] = paramText(params[key]);
  return signParamTexts(texts, appId);
}

/** The same signature over params already in their signing text (see `paramText`). */
export function signParamTexts(texts: Record<string, string>, appId: string): string {
  const text = Object.keys(texts)
    .filter((key) => key !== 'sign' && texts[key] !== '')
    .sort()
    .map((key) => `${key}=${texts[key]}`)
    .join('&');
  const digest = createHash('md5').update(text, 'utf8').digest('hex').toUpperCase();
  const cipher = createCipheriv('aes-128-ecb', Buffer.from(appId, 'utf8'), null);
  return Buffer.concat([cipher.update(digest, 'utf8'), cipher.final()]).toString('base64');
}

/** A param's signing text: `null` as the text null, nested values as compact JSON, '' for undefined (dropped). */
export function paramText(value: unknown): string {
  if (value === undefined) return '';
  if (value === null) return 'null';
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
}

/** A request body as sent, with each top-level param's signing text: one serialisation serves both. */
export interface PreparedBody {
  readonly json: string;
  readonly texts: Readonly<Record<string, string>>;
}

/**
 * Serialises a body once, keys sorted at every depth (which satisfies both readings of
 * nested-key order seen in public SDKs), so the text signed is exactly the text sent.
 */
export function prepareBody(body: object): PreparedBody {
  const sorted = sortKeysDeep(body) as Record<string, unknown>;
  const texts: Record<string, string> = {};
  const members: string[] = [];
  for (const key of Object.keys(sorted)) {
    const value = sorted[key];
    if (value === undefined) continue;
    texts[key] = paramText(value);
    members.push(`${JSON.stringify(key)}:${typeof value === 'object' && value !== null ? texts[key] : JSON.stringify(value)}`);
  }
  return { json: `{${members.join(',')}}`, texts };
}

/** A JSON value with object keys sorted at every depth; values already in order are returned as they are. */
export function sortKeysDeep<T>(value: T): T {
  if (Array.isArray(value)) {
    let copy: unknown[] | undefined;
    for (let i = 0; i < value.length; i++) {
      const sorted = sortKeysDeep(value[i]);
      if (sorted !== value[i]) (copy ??= [...value])[i] = sorted;
    }
    return (copy ?? value) as T;
  }
  if (value === null || typeof value !== 'object') return value;
  const record = value as Record<string, unknown>;
  // Checked in one pass without listing the keys: a 10,000-goal batch is 10,000 objects already in order.
  let previous: string | undefined;
  let inOrder = true;
  let copy: Record<string, unknown> | undefined;
  for (const key in record) {
    if (!Object.hasOwn(record, key)) continue;
    if (previous !== undefined && !(previous < key)) {
      inOrder = false;
      break;
    }
    previous = key;
    const sorted = sortKeysDeep(record[key]);
    if (sorted !== record[key]) copy ??= { ...record };
    if (copy) copy[key] = sorted;
  }
  if (!inOrder) {
    copy = {};
    for (const key of Object.keys(record).sort()) copy[key] = sortKeysDeep(record[key]);
  }
  return (copy ?? value) as T;
}
