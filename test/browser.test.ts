import { cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GoalsDocument, GoalsUpsertJobStartDocument } from '../src/client/index.js';
import { launchChromium, offlinePage, serveFolder } from './support/browser.js';
import { packClient, sh } from './support/client-package.js';
import { goalsInput, type Harness, startHarness } from './support/harness.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
/** Screenshots of what each test saw, for people; the assertions read the page's text, never pixels. */
const OUTPUT = join(ROOT, 'test/output');
const MONTHS = 'jan,feb,mar,apr,may,jun,jul,aug,sep,oct,nov,dec';
const twelve = (value: number | string) => Array.from({ length: 12 }, () => value).join(',');

/** examples/bulk-upload built as its README says, against the client installed from its packed tarball. */
async function buildExample(): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), 'bulk-upload-'));
  cpSync(join(ROOT, 'examples/bulk-upload'), dir, { recursive: true, filter: (path) => !/node_modules|[/\\]dist$/.test(path) });
  const manifest = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { dependencies: Record<string, string> };
  manifest.dependencies['@provider-facade/client'] = `file:${await packClient()}`;
  writeFileSync(join(dir, 'package.json'), JSON.stringify(manifest, null, 2));
  for (const step of [
    ['install', '--no-audit', '--no-fund'],
    ['run', 'build'],
  ]) {
    const { code, output } = await sh('npm', step, dir);
    if (code !== 0) throw new Error(`npm ${step.join(' ')} in ${dir} failed: ${output}`);
  }
  return join(dir, 'dist');
}

describe('in a real browser (Debian chromium), with nothing but loopback', () => {
  let browser: Browser;
  let harness: Harness;
  let example: { url: string; server: Server };

  beforeAll(async () => {
    mkdirSync(OUTPUT, { recursive: true });
    [browser, harness, example] = await Promise.all([launchChromium(), startHarness(), buildExample().then(serveFolder)]);
  }, 300_000);
  afterAll(async () => {
    await browser?.close();
    example?.server.close();
    await harness?.close();
  });

  it('GraphiQL loads from the facade alone and runs the teaching example, with docs, headers and subscriptions', async () => {
    const { page, outside, errors } = await offlinePage(browser);
    await page.goto(harness.facade.url.replace(/graphql$/, 'graphiql'));
    await page.locator('.graphiql-execute-button').click();
    const result = page.locator('.result-window');
    await expect.poll(() => result.textContent(), { timeout: 15_000 }).toContain('UserNotFound');
    const text = (await result.textContent())!.replace(/\s+/g, ' ');
    expect(text).toContain('"__typename": "GoalWritten"');
    expect(text).toContain('"field": "goals[1].monthlyValues"');
    expect(text).toContain('"code": "USER_NOT_FOUND"');
    await page.screenshot({ path: join(OUTPUT, 'graphiql-teaching-example.png') });

    await page.getByRole('button', { name: 'Show Documentation Explorer' }).click();
    await expect.poll(() => page.locator('.graphiql-doc-explorer').textContent(), { timeout: 10_000 }).toContain('Mutation');
    await page.getByRole('button', { name: 'Headers', exact: true }).click();
    expect(await page.locator('.graphiql-editor-tool .graphiql-editor').count()).toBeGreaterThan(0);

    // A subscription goes over graphql-ws to /graphql: a small job's progress, to its end.
    const { goalsUpsertJobStart: job } = await harness.client.request(GoalsUpsertJobStartDocument, { input: goalsInput([100_301, 100_302]) });
    const operationEditor = page.locator('.graphiql-query-editor .monaco-editor').first();
    // Clear the operation editor, and see it cleared, before typing the subscription.
    await expect
      .poll(
        async () => {
          await operationEditor.click();
          await page.keyboard.press('Control+A');
          await page.keyboard.press('Backspace');
          return (await operationEditor.locator('.view-lines').innerText()).trim();
        },
        { timeout: 10_000 },
      )
      .toBe('');
    await page.keyboard.insertText(`subscription Progress { bulkJobProgress(id: "${job.id}") { state counts { settled total } } }`);
    // GraphiQL names the tab after the operation once it has taken the new text in.
    await expect.poll(() => page.locator('.graphiql-tab-active').textContent(), { timeout: 10_000 }).toContain('Progress');
    await page.locator('.graphiql-execute-button').click();
    await expect.poll(async () => (await result.textContent())!.replace(/\s+/g, ' '), { timeout: 15_000 }).toContain('"state": "COMPLETED"');
    await page.screenshot({ path: join(OUTPUT, 'graphiql-subscription.png') });
    expect(outside).toEqual([]);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('the example app answers each CSV row with its typed result, and hands back the failed rows as CSV', async () => {
    const { page, outside, errors } = await offlinePage(browser);
    await page.goto(`${example.url}?facade=${encodeURIComponent(harness.facade.url)}`);
    const csv = [
      `uid,${MONTHS}`,
      `100401,${twelve(10)}`,
      `999999,${twelve(10)}`,
      '100402,1,2,3',
      `100403,abc,${twelve(1).slice(2)}`,
      `100404,${twelve(20)}`,
    ].join('\n');
    await page.locator('#file').setInputFiles({ name: 'goals.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
    await expect.poll(() => page.locator('#status').textContent(), { timeout: 15_000 }).toContain('2 written, 3 failed');
    const rows = await page.locator('#results tbody tr').evaluateAll((trs) =>
      trs.map((tr) => ({
        state: tr.className,
        cells: (tr as unknown as { innerText: string }).innerText.split('\t'),
      })),
    );
    expect(rows.map((row) => [row.state, ...row.cells.slice(0, 4)])).toEqual([
      ['ok', '1', '100401', 'GoalWritten', ''],
      ['failed', '2', '999999', 'UserNotFound', ''],
      ['failed', '3', '100402', 'ValidationError', 'monthlyValues'],
      ['failed', '4', '100403', 'ValidationError', 'jan'],
      ['ok', '5', '100404', 'GoalWritten', ''],
    ]);
    const { goals } = await harness.client.request(GoalsDocument, { year: new Date().getFullYear(), assessType: 'SALES_AMOUNT', uids: [100_401, 100_404] });
    expect(goals.map((goal) => goal.monthlyGoals[0])).toEqual([10, 20]);
    await page.screenshot({ path: join(OUTPUT, 'example-inline-results.png'), fullPage: true });

    const [download] = await Promise.all([page.waitForEvent('download'), page.locator('#download').click()]);
    const failed = readFileSync((await download.path())!, 'utf8')
      .trim()
      .split(/\r\n/);
    expect(failed[0]).toBe(`uid,${MONTHS},error,error_field,error_message`);
    expect(failed.slice(1).map((line) => line.split(',').slice(0, 1)[0])).toEqual(['999999', '100402', '100403']);
    expect(failed[1]).toContain('UserNotFound');
    expect(failed[3]).toMatch(/ValidationError,jan,/);
    expect(outside).toEqual([]);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('a file larger than one request runs as a bulk job whose progress bar fills to 100%, then lists only the failed rows', async () => {
    const { page, outside, errors } = await offlinePage(browser);
    await page.goto(`${example.url}?facade=${encodeURIComponent(harness.facade.url)}`);
    const rows = Array.from({ length: 10_050 }, (_, i) => `${100_501 + i},${twelve(i % 100)}`);
    rows[4_999] = `999999,${twelve(5)}`;
    rows[6_999] = `${100_501 + 6_999},x,${twelve(1).slice(2)}`;
    await page.locator('#file').setInputFiles({ name: 'big.csv', mimeType: 'text/csv', buffer: Buffer.from([`uid,${MONTHS}`, ...rows].join('\n')) });
    // The bar follows the subscription's events: it only ever grows, and ends full.
    const seen: number[] = [];
    await expect
      .poll(
        async () => {
          seen.push(Number(await page.locator('#progress').getAttribute('value')));
          return page.locator('#status').textContent();
        },
        { timeout: 60_000, interval: 50 },
      )
      .toMatch(/COMPLETED: 10,048 written, 2 failed/);
    expect(await page.locator('#progress').getAttribute('value')).toBe('100');
    expect(seen).toEqual([...seen].sort((a, b) => a - b));
    const failed = await page
      .locator('#results tbody tr')
      .evaluateAll((trs) => trs.map((tr) => (tr as unknown as { innerText: string }).innerText.split('\t')));
    expect(failed.map((cells) => cells.slice(0, 3))).toEqual([
      ['5000', '999999', 'UserNotFound'],
      ['7000', String(100_501 + 6_999), 'ValidationError'],
    ]);
    await page.screenshot({ path: join(OUTPUT, 'example-bulk-job.png'), fullPage: true });
    expect(outside).toEqual([]);
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
