import { timingSafeEqual } from 'node:crypto';

/** Compares a secret in constant time for equal lengths (the emulators, and /metrics bearer tokens). */
export function sameSecret(given: string, expected: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}
