import { createHash } from 'node:crypto';

/**
 * A UUID-shaped id (36 bytes) derived from a batch's key and a chunk's place (its position, or
 * "3.0" for the first half of chunk 3 split after a refusal): the same batch resubmitted gets the
 * same ids, so providers that deduplicate by them create nothing twice.
 */
export function derivedId(batchKey: string, position: number | string): string {
  const hex = createHash('sha256').update(`${batchKey}:${position}`).digest('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20, 32)}`;
}
