import type { z } from 'zod';
import type { batchData } from './wire.js';

/** What CloudPense said about each row of a batch, by the row's `code`. */
export interface RowOutcomes {
  readonly created: number;
  readonly updated: number;
  /** Strong validation failures: the row was not processed. */
  readonly refused: ReadonlyMap<string, { readonly stage: 'validation' | 'persistence'; readonly message: string }>;
  /** Weak validation failures: the row was processed anyway. */
  readonly warnings: ReadonlyMap<string, readonly string[]>;
}

/** The one place the batch answer's rows are read: counts from the provider's sentences, rows by code. */
export function rowOutcomes(data: z.infer<typeof batchData>): RowOutcomes {
  const refused = new Map<string, { stage: 'validation' | 'persistence'; message: string }>();
  for (const row of data.validatorErrors ?? []) refused.set(row.code, { stage: 'validation', message: row.errorMsg });
  for (const row of data.dbErrors ?? []) if (!refused.has(row.code)) refused.set(row.code, { stage: 'persistence', message: row.errorMsg });
  const warnings = new Map<string, string[]>();
  for (const row of data.warnings ?? []) warnings.set(row.code, [...(warnings.get(row.code) ?? []), row.errorMsg]);
  return { created: countIn(data.created), updated: countIn(data.updated), refused, warnings };
}

/** "此次请求新建成功了3条数据" / "3 records were created by this request" → 3. */
function countIn(sentence: string | null | undefined): number {
  const match = /\d+/.exec(sentence ?? '');
  return match ? Number(match[0]) : 0;
}
