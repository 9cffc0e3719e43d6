/**
 * A value a provider sent for one field of one row that the facade could not read. It stands in
 * the field's place: GraphQL answers it as that field's error (null, with the message in
 * `errors` at the field's path), so one odd field never fails the rest of a read.
 */
export class UnreadableField extends Error {
  override name = 'UnreadableField';
  constructor(provider: string, field: string, value: unknown, expected: string) {
    super(`${provider} sent ${field} as ${describe(value)}, which is not ${expected}`);
  }
}

function describe(value: unknown): string {
  const text = typeof value === 'string' ? JSON.stringify(value) : typeof value === 'object' ? (Array.isArray(value) ? 'a list' : 'an object') : String(value);
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
}
