import { createHash, timingSafeEqual } from 'node:crypto';
import { z } from 'zod';
import { SCOPES } from './scopes.js';

const stored = z.array(
  z.object({
    name: z.string().min(1),
    /** The key's SHA-256, hex: the key itself is never stored. */
    sha256: z.string().regex(/^[0-9a-f]{64}$/, 'must be the hex SHA-256 of the key'),
    scopes: z.array(z.enum(SCOPES)).min(1),
  }),
);
export type StoredApiKey = z.infer<typeof stored>[number];

/** Parses the keys' JSON (AUTH_API_KEYS or the file AUTH_API_KEYS_FILE names); throws naming what is wrong. */
export function parseApiKeys(json: string): StoredApiKey[] {
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch {
    throw new Error('not JSON: expected [{"name", "sha256", "scopes": [...]}, ...]');
  }
  const parsed = stored.safeParse(value);
  if (!parsed.success) throw new Error(parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('; '));
  return parsed.data;
}

export function sha256Hex(key: string): string {
  return createHash('sha256').update(key).digest('hex');
}

/** Finds the key whose hash matches, comparing every stored hash in constant time. */
export function findApiKey(keys: readonly StoredApiKey[], presented: string): StoredApiKey | undefined {
  const digest = Buffer.from(sha256Hex(presented), 'hex');
  let found: StoredApiKey | undefined;
  for (const key of keys) if (timingSafeEqual(digest, Buffer.from(key.sha256, 'hex')) && !found) found = key;
  return found;
}
