import { parseProviderTime } from '../../core/provider-time.js';
import { UnreadableField } from '../../core/unreadable-field.js';

/**
 * A rule as findByPage returns it, read field by field. The row format is not documented, so each
 * field takes every plausible encoding, and a field that is still unreadable holds an
 * UnreadableField in its place: that field fails, not the row's other fields nor the page.
 */
export interface StoredRule {
  readonly code: string | UnreadableField;
  readonly structureCode: string | UnreadableField;
  readonly accountEventCode: string | UnreadableField;
  readonly accountCode: string | UnreadableField;
  readonly priority: number | null | UnreadableField;
  readonly ruleCondition: Record<string, unknown> | null | UnreadableField;
  readonly deleted: boolean | UnreadableField;
  readonly updatedAt: Date | null | UnreadableField;
}

const unreadable = (field: string, value: unknown, expected: string) => new UnreadableField('CloudPense', field, value, expected);
const absent = (value: unknown) => value === undefined || value === null || value === '';

function text(row: Record<string, unknown>, field: string): string | UnreadableField {
  const value = row[field];
  if (typeof value === 'string' && value !== '') return value;
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  return unreadable(field, value, 'a non-empty text');
}

function priority(value: unknown): number | null | UnreadableField {
  if (absent(value)) return null;
  const number = typeof value === 'string' && /^-?\d+$/.test(value.trim()) ? Number(value) : value;
  return Number.isSafeInteger(number) ? (number as number) : unreadable('priority', value, 'a whole number');
}

/** An object, or the JSON text of one (the request sends an object; a tenant may store the text). */
function ruleCondition(value: unknown): Record<string, unknown> | null | UnreadableField {
  if (absent(value)) return null;
  let object = value;
  if (typeof value === 'string') {
    try {
      object = JSON.parse(value);
    } catch {
      return unreadable('rule_condition', value, 'an object or its JSON text');
    }
  }
  return typeof object === 'object' && object !== null && !Array.isArray(object)
    ? (object as Record<string, unknown>)
    : unreadable('rule_condition', value, 'an object or its JSON text');
}

/** Y/N as documented for the request, in any case; also true/false and 1/0. Absent means N, the documented default. */
function deleted(value: unknown): boolean | UnreadableField {
  if (absent(value)) return false;
  const flag = String(value).trim().toUpperCase();
  if (flag === 'Y' || flag === 'TRUE' || flag === '1') return true;
  if (flag === 'N' || flag === 'FALSE' || flag === '0') return false;
  return unreadable('deleted_flag', value, 'Y or N');
}

function updatedAt(value: unknown): Date | null | UnreadableField {
  if (absent(value)) return null;
  const ms = parseProviderTime(value);
  return ms === undefined ? unreadable('last_update_date', value, 'a time (GMT+8 text, ISO 8601, or epoch seconds or milliseconds)') : new Date(ms);
}

export function readStoredRule(row: unknown): StoredRule {
  const fields = typeof row === 'object' && row !== null && !Array.isArray(row) ? (row as Record<string, unknown>) : {};
  return {
    code: text(fields, 'code'),
    structureCode: text(fields, 'structure_code'),
    accountEventCode: text(fields, 'account_event_code'),
    accountCode: text(fields, 'account_code'),
    priority: priority(fields.priority),
    ruleCondition: ruleCondition(fields.rule_condition),
    deleted: deleted(fields.deleted_flag),
    updatedAt: updatedAt(fields.last_update_date),
  };
}
