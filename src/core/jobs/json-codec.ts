/**
 * JSON for what a job stores (items, results, its header), keeping Dates: `{"$date": iso}` on
 * the way in, a Date on the way out, so an item or result reads back as it was made.
 */
export function encodeJson(value: unknown): string {
  return JSON.stringify(value, function (this: Record<string, unknown>, key, converted: unknown) {
    const raw = this[key];
    return raw instanceof Date ? { $date: raw.toISOString() } : converted;
  });
}

export function decodeJson<T = unknown>(text: string): T {
  return JSON.parse(text, (_key, value: unknown) =>
    value !== null && typeof value === 'object' && '$date' in value && Object.keys(value).length === 1 ? new Date((value as { $date: string }).$date) : value,
  ) as T;
}
