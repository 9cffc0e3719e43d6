import type { WireTask } from './wire.js';

/** Fields TOP takes as JSON text; an echo may give them back as text or as the parsed value. */
const JSON_TEXT_FIELDS = new Set(['input_params', 'output_params', 'book_charge_biz_info']);

/**
 * The first field where TOP's echo of a task (`task_request`) differs from the task sent, or
 * undefined when the echo is that task. TOP answers a task_unique_code it has seen with its first
 * answer, so an echo of other tasks means the code was reused for a different batch.
 *
 * Not documented: which fields the echo carries and how it encodes them. A field the echo leaves
 * out cannot be compared and is passed over; a field echoed empty (null, "", 0) matches one not
 * sent; ids compare as text (TOP's are Java longs); JSON-text fields compare by value, whether
 * echoed as text or parsed.
 */
export function echoDiffers(sent: WireTask, echo: Record<string, unknown>): string | undefined {
  const fields = new Set([...Object.keys(sent), ...Object.keys(echo)]);
  for (const field of fields) {
    if (!(field in echo)) continue;
    const mine = (sent as unknown as Record<string, unknown>)[field];
    const theirs = echo[field];
    if (isEmpty(mine) && isEmpty(theirs)) continue;
    if (isEmpty(mine) !== isEmpty(theirs)) return field;
    if (JSON_TEXT_FIELDS.has(field) ? !sameJson(mine, theirs) : String(mine) !== String(theirs)) return field;
  }
  return undefined;
}

function isEmpty(value: unknown): boolean {
  return value === undefined || value === null || value === '' || value === 0;
}

function sameJson(sent: unknown, echoed: unknown): boolean {
  return canonical(parsed(sent)) === canonical(parsed(echoed));
}

function parsed(value: unknown): unknown {
  if (typeof value !== 'string') return value;
  try {
    return JSON.parse(value);
  } catch {
    return value;
  }
}

/** JSON text with object keys sorted, so key order never makes two equal values differ. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.keys(value)
      .sort()
      .map((key) => `${JSON.stringify(key)}:${canonical((value as Record<string, unknown>)[key])}`);
    return `{${entries.join(',')}}`;
  }
  return JSON.stringify(value) ?? 'undefined';
}
