/**
 * JSON for what a job stores (items, results, its header), keeping Dates: `{"$date": iso}` on
 * the way in, a Date on the way out, so an item or result reads back as it was made. Most of what
 * a job stores has no Date (a goal is numbers): then plain JSON, without a replacer or reviver
 * called for every value (they made encoding and decoding the job's largest costs).
 */
export function encodeJson(value: unknown): string {
  if (!hasDate(value)) return JSON.stringify(value);
  return JSON.stringify(value, function (this: Record<string, unknown>, key, converted: unknown) {
    const raw = this[key];
    return raw instanceof Date ? { $date: raw.toISOString() } : converted;
  });
}

export function decodeJson<T = unknown>(text: string): T {
  if (!text.includes('"$date"')) return JSON.parse(text) as T;
  return JSON.parse(text, (_key, value: unknown) =>
    value !== null && typeof value === 'object' && '$date' in value && Object.keys(value).length === 1 ? new Date((value as { $date: string }).$date) : value,
  ) as T;
}

const isDate = (object: object) => object instanceof Date;
const hasDate = (value: unknown) => anyWithin(value, isDate);

/** Whether `value` is, or holds at any depth, an object or array that passes `test` (a Date is not walked into). */
export function anyWithin(value: unknown, test: (object: object) => boolean): boolean {
  if (value === null || typeof value !== 'object') return false;
  if (test(value)) return true;
  if (value instanceof Date) return false;
  if (Array.isArray(value)) {
    // Indexed, not for…of: a goal's twelve months are most of what a job start walks (a third of the time).
    for (let i = 0; i < value.length; i++) {
      const each: unknown = value[i];
      if (each !== null && typeof each === 'object' && anyWithin(each, test)) return true;
    }
    return false;
  }
  for (const key in value) {
    const each = (value as Record<string, unknown>)[key];
    if (each !== null && typeof each === 'object' && anyWithin(each, test)) return true;
  }
  return false;
}
