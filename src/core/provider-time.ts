/** Epoch seconds below this, milliseconds above: 1e11 s is the year 5138, 1e11 ms is 1973. */
const SECONDS_BELOW = 1e11;
/** Wall-clock text without a zone: China-based providers mean GMT+8. Optional fraction, `T` or space. */
const LOCAL = /^(\d{4})[-/](\d{2})[-/](\d{2})(?:[ T](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?)?$/;
const ZONED = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})$/i;

/**
 * Epoch ms of a time a provider sent in a field whose format it does not document, or undefined
 * when it is none of the plausible encodings: epoch milliseconds or seconds (number or digits),
 * "yyyy-MM-dd HH:mm:ss[.SSS]" (or with `T` or `/`) in GMT+8, a date alone (midnight GMT+8), or ISO
 * 8601 with a zone.
 */
export function parseProviderTime(value: unknown): number | undefined {
  if (typeof value === 'number') return Number.isFinite(value) && value > 0 ? (value < SECONDS_BELOW ? value * 1000 : value) : undefined;
  if (typeof value !== 'string') return undefined;
  const text = value.trim();
  if (/^\d{9,16}$/.test(text)) return parseProviderTime(Number(text));
  const local = LOCAL.exec(text);
  if (local) {
    const [, year, month, day, hour = '0', minute = '0', second = '0', fraction = '0'] = local;
    // A field out of range ("2026-13-45") would roll over into another date: it is no time.
    if (+month! < 1 || +month! > 12 || +day! < 1 || +day! > 31 || +hour > 23 || +minute > 59 || +second > 59) return undefined;
    const ms = Date.UTC(+year!, +month! - 1, +day!, +hour - 8, +minute, +second, Math.round(Number(`0.${fraction}`) * 1000));
    return new Date(ms + 8 * 3_600_000).getUTCDate() === +day! ? ms : undefined;
  }
  if (ZONED.test(text)) {
    const ms = Date.parse(text);
    return Number.isNaN(ms) ? undefined : ms;
  }
  return undefined;
}
