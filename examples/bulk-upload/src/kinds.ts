import {
  AccountingRulesSyncDocument,
  AccountingRulesSyncJobResultsDocument,
  AccountingRulesSyncJobStartDocument,
  type AccountingRuleInput,
  type AssessType,
  type CurrencyCode,
  type FacadeClient,
  type GoalInput,
  GoalsUpsertDocument,
  GoalsUpsertJobResultsDocument,
  GoalsUpsertJobStartDocument,
} from '@provider-facade/client';

/** What every per-item result has in common: success types have neither `code` nor `message`. */
export interface ItemResult {
  readonly __typename: string;
  readonly index: number;
  readonly code?: string;
  readonly message?: string;
  readonly field?: string;
}

/** A CSV row as an item: typed where its cells allow; `problem` when they do not (it cannot go in a typed request). */
export interface RowItem<Item> {
  readonly item: Item;
  readonly key: string;
  readonly problem?: { readonly field: string; readonly message: string };
}

export interface GoalSettings {
  readonly year: number;
  readonly assessType: AssessType;
  readonly currency: CurrencyCode;
}

/** One kind of upload: its CSV columns, how a row becomes an item, and its inline and bulk operations. */
export interface Kind<Item> {
  readonly columns: readonly string[];
  item(cells: Readonly<Record<string, string>>): RowItem<Item>;
  inline(facade: FacadeClient, items: Item[]): Promise<readonly ItemResult[]>;
  startJob(facade: FacadeClient, uploadId: string): Promise<string>;
  /** A page of the job's failed results, and the cursor after it (null at the end). */
  failedResults(facade: FacadeClient, jobId: string, after: string | null): Promise<{ results: readonly ItemResult[]; next: string | null }>;
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/** A number if the cell is one; else the text as it is, for the facade to refuse by name. */
function numberOr(cell: string | undefined): number | string {
  const text = (cell ?? '').trim();
  return text !== '' && Number.isFinite(Number(text)) ? Number(text) : text;
}

export function goals(settings: GoalSettings): Kind<GoalInput> {
  return {
    columns: ['uid', ...MONTHS],
    item(cells) {
      const uid = numberOr(cells.uid);
      // Empty trailing months are left out: the facade then says how many it needs.
      const values = MONTHS.map((month) => cells[month] ?? '');
      while (values.length > 0 && values.at(-1)!.trim() === '') values.pop();
      const monthlyValues = values.map(numberOr);
      const bad = typeof uid !== 'number' ? 'uid' : MONTHS[monthlyValues.findIndex((value) => typeof value !== 'number')];
      const item = { uid, monthlyValues } as GoalInput;
      return {
        item,
        key: String(cells.uid ?? ''),
        ...(bad ? { problem: { field: bad, message: `${bad} must be a number; got "${cells[bad] ?? ''}".` } } : {}),
      };
    },
    async inline(facade, items) {
      const { goalsUpsert } = await facade.request(GoalsUpsertDocument, { input: { ...settings, goals: items } });
      return goalsUpsert.results;
    },
    async startJob(facade, uploadId) {
      const { goalsUpsertJobStart } = await facade.request(GoalsUpsertJobStartDocument, { input: { ...settings, goals: [] }, uploadId });
      return goalsUpsertJobStart.id;
    },
    async failedResults(facade, id, after) {
      const { bulkJob } = await facade.request(GoalsUpsertJobResultsDocument, { id, first: 500, after, onlyFailed: true });
      const page = bulkJob?.__typename === 'GoalsUpsertJob' ? bulkJob.results : undefined;
      return { results: page?.edges.map((edge) => edge.node) ?? [], next: page?.pageInfo.hasNextPage ? page.pageInfo.endCursor! : null };
    },
  };
}

export function accountingRules(): Kind<AccountingRuleInput> {
  return {
    columns: ['code', 'structureCode', 'accountEventCode', 'accountCode', 'priority', 'deleted', 'ruleCondition'],
    item(cells) {
      const text = (name: string) => cells[name]?.trim() ?? '';
      let problem: RowItem<unknown>['problem'];
      let ruleCondition: unknown;
      if (text('ruleCondition') !== '') {
        try {
          ruleCondition = JSON.parse(text('ruleCondition'));
        } catch {
          problem = { field: 'ruleCondition', message: 'ruleCondition must be a JSON object, e.g. {"header_type":"A"}.' };
        }
      }
      const priority = text('priority') === '' ? undefined : numberOr(text('priority'));
      if (typeof priority === 'string') problem = { field: 'priority', message: `priority must be a whole number; got "${priority}".` };
      const deleted = text('deleted').toLowerCase();
      const item = {
        code: text('code'),
        structureCode: text('structureCode'),
        accountEventCode: text('accountEventCode'),
        accountCode: text('accountCode'),
        ...(priority === undefined ? {} : { priority }),
        ...(deleted === '' ? {} : { deleted: deleted === 'true' || deleted === '1' || deleted === 'yes' }),
        ...(ruleCondition === undefined ? {} : { ruleCondition }),
      } as AccountingRuleInput;
      return { item, key: text('code'), ...(problem ? { problem } : {}) };
    },
    async inline(facade, rules) {
      const { accountingRulesSync } = await facade.request(AccountingRulesSyncDocument, { input: { rules } });
      return accountingRulesSync.results;
    },
    async startJob(facade, uploadId) {
      const { accountingRulesSyncJobStart } = await facade.request(AccountingRulesSyncJobStartDocument, { input: { rules: [] }, uploadId });
      return accountingRulesSyncJobStart.id;
    },
    async failedResults(facade, id, after) {
      const { bulkJob } = await facade.request(AccountingRulesSyncJobResultsDocument, { id, first: 500, after, onlyFailed: true });
      const page = bulkJob?.__typename === 'AccountingRulesSyncJob' ? bulkJob.results : undefined;
      return { results: page?.edges.map((edge) => edge.node) ?? [], next: page?.pageInfo.hasNextPage ? page.pageInfo.endCursor! : null };
    },
  };
}
