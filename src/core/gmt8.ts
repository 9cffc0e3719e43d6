/** "yyyy-MM-dd HH:mm:ss" in GMT+8: the wall-clock format of China-based providers (LingXing, TOP, CloudPense). */
const OFFSET_MS = 8 * 3_600_000;
const FORMAT = /^(\d{4})-(\d{2})-(\d{2}) (\d{2}):(\d{2}):(\d{2})$/;

export function formatGmt8(ms: number): string {
  return new Date(ms + OFFSET_MS).toISOString().slice(0, 19).replace('T', ' ');
}

/** Epoch ms of a "yyyy-MM-dd HH:mm:ss" GMT+8 text, or undefined when it is not one. */
export function parseGmt8(text: string): number | undefined {
  const parts = FORMAT.exec(text);
  if (!parts) return undefined;
  const [, year, month, day, hour, minute, second] = parts.map(Number) as number[];
  return Date.UTC(year!, month! - 1, day!, hour! - 8, minute!, second!);
}
