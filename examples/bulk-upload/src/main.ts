import { BulkJobProgressDocument, type BulkJobFieldsFragment, createFacadeClient, FacadeRequestError } from '@provider-facade/client';
import { createClient } from 'graphql-ws';
import { csvLine, parseCsv } from './csv.js';
import { accountingRules, goals, type ItemResult, type Kind, type RowItem } from './kinds.js';

/** The inline mutations' limit: a bigger file runs as a bulk job. */
const ROWS_PER_REQUEST = 10_000;
const TERMINAL = new Set(['COMPLETED', 'CANCELED', 'FAILED', 'EXPIRED']);

// ?facade=<GraphQL URL>&key=<API key>: where the facade answers, and the credential to send.
const params = new URLSearchParams(location.search);
const endpoint = params.get('facade') ?? 'http://127.0.0.1:4000/graphql';
const headers: Record<string, string> = params.get('key') ? { 'x-api-key': params.get('key')! } : {};
const facade = createFacadeClient({ url: endpoint, headers });

const $ = <E extends HTMLElement>(id: string) => document.getElementById(id) as E;
const kindSelect = $<HTMLSelectElement>('kind');
const status = $('status');
const progress = $<HTMLProgressElement>('progress');
const download = $<HTMLButtonElement>('download');
const table = $<HTMLTableElement>('results');
$<HTMLInputElement>('year').value = String(new Date().getFullYear());

/** A row of the file and its answer. */
interface Answered {
  readonly row: number;
  readonly cells: readonly string[];
  readonly key: string;
  readonly result: ItemResult;
}
let failedRows: Answered[] = [];
let header: string[] = [];

function currentKind(): Kind<unknown> {
  if (kindSelect.value === 'rules') return accountingRules() as Kind<unknown>;
  const year = Number($<HTMLInputElement>('year').value);
  const assessType = $<HTMLSelectElement>('assess-type').value as 'SALES_AMOUNT';
  const currency = $<HTMLSelectElement>('currency').value as 'CNY';
  return goals({ year, assessType, currency }) as Kind<unknown>;
}

function showColumns(): void {
  $('columns').textContent = currentKind().columns.join(',');
  $('goal-settings').hidden = kindSelect.value !== 'goals';
}

function say(text: string, error = false): void {
  status.textContent = text;
  status.className = error ? 'error' : '';
}

function render(rows: readonly Answered[]): void {
  const body = table.tBodies[0]!;
  body.replaceChildren(
    ...rows.map(({ row, key, result }) => {
      const tr = document.createElement('tr');
      tr.className = result.code ? 'failed' : 'ok';
      tr.dataset.row = String(row);
      // The field as the row has it: `goals[3].monthlyValues` names the item's place in the request, not in the file.
      const field = (result.field ?? '').replace(/^\w+\[\d+\]\./, '');
      for (const text of [String(row), key, result.__typename, field, result.message ?? '']) tr.insertCell().textContent = text;
      return tr;
    }),
  );
  table.hidden = rows.length === 0;
  download.hidden = failedRows.length === 0;
}

async function handle(file: File): Promise<void> {
  const kind = currentKind();
  const [first, ...lines] = parseCsv(await file.text());
  header = (first ?? []).map((name) => name.trim());
  const missing = kind.columns.filter((column) => !header.some((name) => name.toLowerCase() === column.toLowerCase()));
  if (!first || missing.length > 0) return say(`The first line must name the columns ${kind.columns.join(', ')}; missing: ${missing.join(', ')}.`, true);
  const items: RowItem<unknown>[] = lines.map((cells) =>
    kind.item(Object.fromEntries(kind.columns.map((column) => [column, cells[header.findIndex((name) => name.toLowerCase() === column.toLowerCase())] ?? '']))),
  );
  failedRows = [];
  progress.hidden = true;
  render([]);
  if (items.length <= ROWS_PER_REQUEST) await inline(kind, lines, items);
  else await bulk(kind, lines, items);
}

/** One request: rows whose cells cannot be typed are answered here; every other row gets the facade's answer. */
async function inline(kind: Kind<unknown>, lines: string[][], items: RowItem<unknown>[]): Promise<void> {
  say(`Sending ${items.length.toLocaleString()} rows…`);
  const sent = items.flatMap((item, row) => (item.problem ? [] : [row]));
  const results = await kind.inline(
    facade,
    sent.map((row) => items[row]!.item),
  );
  const answers: Answered[] = items.map((item, row) => ({
    row: row + 1,
    cells: lines[row]!,
    key: item.key,
    result: item.problem ? { __typename: 'ValidationError', index: row, code: 'VALIDATION_FAILED', ...item.problem } : results[sent.indexOf(row)]!,
  }));
  failedRows = answers.filter((answer) => answer.result.code);
  say(`${(answers.length - failedRows.length).toLocaleString()} written, ${failedRows.length.toLocaleString()} failed.`, failedRows.length > 0);
  render(answers);
}

/** A bulk job: upload every row (the facade checks each line), follow its progress, then list what failed. */
async function bulk(kind: Kind<unknown>, lines: string[][], items: RowItem<unknown>[]): Promise<void> {
  say(`Uploading ${items.length.toLocaleString()} rows for a bulk job…`);
  const { uploadId } = await facade.upload(items.map((item) => item.item));
  const jobId = await kind.startJob(facade, uploadId);
  progress.hidden = false;
  progress.value = 0;
  const socketUrl = new URL(endpoint);
  socketUrl.protocol = socketUrl.protocol === 'https:' ? 'wss:' : 'ws:';
  const socket = createClient({ url: socketUrl.href, connectionParams: headers });
  let last: BulkJobFieldsFragment | undefined;
  try {
    for await (const event of socket.iterate({ query: String(BulkJobProgressDocument), variables: { id: jobId } })) {
      if (event.errors?.length) throw new FacadeRequestError(200, event.errors);
      last = (event.data as { bulkJobProgress: BulkJobFieldsFragment }).bulkJobProgress;
      const { settled, total } = last.counts;
      progress.value = total === 0 ? 100 : Math.floor((settled / total) * 100);
      say(
        `Job ${jobId}: ${last.state}, ${settled.toLocaleString()} of ${total.toLocaleString()} rows answered${last.waitingUntil ? `, waiting for quota until ${new Date(last.waitingUntil).toLocaleTimeString()}` : ''}.`,
      );
      if (TERMINAL.has(last.state)) break;
    }
  } finally {
    await socket.dispose();
  }
  const failed: ItemResult[] = [];
  for (let after: string | null = null; ;) {
    const page: Awaited<ReturnType<Kind<unknown>['failedResults']>> = await kind.failedResults(facade, jobId, after);
    failed.push(...page.results);
    if (!(after = page.next)) break;
  }
  failedRows = failed.map((result) => ({ row: result.index + 1, cells: lines[result.index]!, key: items[result.index]!.key, result }));
  say(
    `Job ${jobId} ${last?.state ?? 'ended'}: ${last?.counts.succeeded.toLocaleString()} written, ${failedRows.length.toLocaleString()} failed.`,
    failedRows.length > 0,
  );
  render(failedRows);
}

/** The failed rows as they were uploaded, with why each failed, to fix and upload again. */
function downloadFailed(): void {
  const text = [
    csvLine([...header, 'error', 'error_field', 'error_message']),
    ...failedRows.map(({ cells, result }) => csvLine([...header.map((_, i) => cells[i] ?? ''), result.__typename, result.field ?? '', result.message ?? ''])),
  ].join('\r\n');
  const link = document.createElement('a');
  link.href = URL.createObjectURL(new Blob([`${text}\r\n`], { type: 'text/csv' }));
  link.download = 'failed-rows.csv';
  link.click();
  URL.revokeObjectURL(link.href);
}

function run(file: File | undefined): void {
  if (!file) return;
  handle(file).catch((error: unknown) =>
    say(error instanceof FacadeRequestError ? `The facade refused the request: ${error.message}` : `Failed: ${String(error)}`, true),
  );
}

const drop = $('drop');
drop.addEventListener('dragover', (event) => {
  event.preventDefault();
  drop.classList.add('over');
});
drop.addEventListener('dragleave', () => drop.classList.remove('over'));
drop.addEventListener('drop', (event) => {
  event.preventDefault();
  drop.classList.remove('over');
  run(event.dataTransfer?.files[0]);
});
$<HTMLInputElement>('file').addEventListener('change', (event) => run((event.target as HTMLInputElement).files?.[0]));
kindSelect.addEventListener('change', showColumns);
download.addEventListener('click', downloadFailed);
showColumns();
