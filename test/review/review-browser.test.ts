import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { ChildProcessWithoutNullStreams } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { Document } from '../../schemas/record.js';
import { cli, cliAsync, ROOT } from '../store/cli.js';
import { useTmpDir } from '../store/tmp-dir.js';
import { ARTIFACTS, hasChromium, launchBrowser, NO_CHROMIUM } from './browser.js';

const tmp = useTmpDir('all');
const PDF = join(ROOT, 'fixtures/pdf/unmerged-labels-wanyuan/input.pdf');
const TEXT = join(ROOT, 'fixtures/seeds/001_eec2255c4764dfed/input.txt');
const pageOf = (d: Document) => `doc-${d.sha256.slice(0, 16)}.html`;

if (!hasChromium) console.warn(`review-browser.test.ts: ${NO_CHROMIUM}`);

/** The rectangle of an element relative to its PDF page element, as fractions of the page. */
const relativeRect = (page: Page, selector: string) => page.$eval(selector, (el) => {
  const box = el.getBoundingClientRect();
  const sheet = el.closest('.page')!.getBoundingClientRect();
  return { left: (box.left - sheet.left) / sheet.width, top: (box.top - sheet.top) / sheet.height, width: box.width / sheet.width };
});

describe.skipIf(!hasChromium)('review site in a real browser', () => {
  let browser: Awaited<ReturnType<typeof launchBrowser>>;
  let dir: string;
  let docs: Document[];
  beforeAll(async () => {
    dir = tmp();
    const extracted = cli(['extract', PDF, TEXT, '--json']);
    expect(extracted.status, extracted.stderr).toBe(0);
    docs = (JSON.parse(extracted.stdout) as { documents: Document[] }).documents;
    const r = cli(['review', PDF, TEXT, '--out', join(dir, 'site')]);
    expect(r.status, r.stderr).toBe(0);
    browser = await launchBrowser();
  }, 120_000);
  afterAll(async () => { await browser?.close(); });

  it('static site: clicking a value lights up its source box on the rendered PDF page, and the reverse', async () => {
    const [pdf] = docs;
    const indicator = pdf!.tables[0]!.indicators[3]!;
    const box = indicator.source!.box!;
    const page = await browser.context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(pathToFileURL(join(dir, 'site', pageOf(pdf!))).href);
    await page.waitForFunction(() => [...document.querySelectorAll('.page img')].every((i) => (i as HTMLImageElement).complete && (i as HTMLImageElement).naturalWidth > 0));
    const value = page.locator('#record td .v', { hasText: indicator.name }).first();
    await value.click();
    const p = await value.getAttribute('data-p');
    expect(p).toMatch(/^p\d+$/);
    // the highlighted box is the one the record places the row at: same left edge and width, on the A4 page
    const lit = await page.$$eval('#original .box.hl', (els) => els.map((el) => (el as HTMLElement).dataset.p));
    expect(lit).toEqual([p]);
    const rect = await relativeRect(page, `#original .box[data-p="${p}"]`);
    const A4_WIDTH = 595.3;
    expect(rect.left).toBeCloseTo(box[0] / A4_WIDTH, 2);
    expect(rect.width).toBeCloseTo((box[2] - box[0]) / A4_WIDTH, 2);
    await page.screenshot({ path: join(ARTIFACTS, 'review-pdf-value-clicked.png') });
    // reverse: another row's box lights up that row's values
    const other = pdf!.tables[0]!.indicators[0]!;
    const otherValue = page.locator('#record td .v', { hasText: other.name }).first();
    const otherP = await otherValue.getAttribute('data-p');
    await page.locator(`#original .box[data-p="${otherP}"]`).click();
    await expect.poll(() => otherValue.getAttribute('class')).toContain('hl');
    expect(await value.getAttribute('class')).not.toContain('hl');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('static site: a text value marks its cell on its line; findings are marked on their cells with their message', async () => {
    const text = docs[1]!;
    const page = await browser.context.newPage();
    await page.goto(pathToFileURL(join(dir, 'site', pageOf(text))).href);
    const row = text.tables[1]!.funds[0]!;
    const value = page.locator('#t2 td .v', { hasText: row.item }).first();
    await value.click();
    const p = await value.getAttribute('data-p');
    const mark = page.locator(`#original mark[data-p="${p}"]`);
    expect(await mark.getAttribute('class')).toContain('hl');
    // the mark sits on the line the record names, starting at its column
    expect(await mark.evaluate((el) => el.closest('.line')!.id)).toBe(`L${row.source!.line}`);
    expect((await mark.textContent())!.startsWith(row.item.slice(0, 2))).toBe(true);
    const finding = text.tables.flatMap((t) => t.findings).find((f) => f.severity === 'warning' && f.source)!;
    expect(await page.locator('#original mark.finding').count()).toBeGreaterThan(0);
    const titles = await page.$$eval('#original mark.finding', (els) => els.map((el) => el.getAttribute('title') ?? ''));
    expect(titles.some((t) => t.includes(finding.message))).toBe(true);
    await page.screenshot({ path: join(ARTIFACTS, 'review-text.png') });
    await page.close();
  });

  it('static index: filters tables with findings, by kind and year', async () => {
    const page = await browser.context.newPage();
    await page.goto(pathToFileURL(join(dir, 'site', 'index.html')).href);
    const tables = docs.flatMap((d) => d.tables);
    const visible = () => page.locator('tbody tr:not([hidden])').count();
    expect(await visible()).toBe(tables.length);
    await page.check('#only-findings');
    expect(await visible()).toBe(tables.filter((t) => t.findings.some((f) => f.severity !== 'info')).length);
    await page.uncheck('#only-findings');
    const year = tables[0]!.year!;
    await page.selectOption('#year', String(year));
    expect(await visible()).toBe(tables.filter((t) => t.year === year).length);
    await page.screenshot({ path: join(ARTIFACTS, 'review-index.png') });
    await page.close();
  });

  it('served: a reviewer corrects a value and marks a table verified; jixiao query shows both', async () => {
    const db = join(dir, 'served.sqlite');
    expect(cli(['import', PDF, TEXT, '--db', db, '--jobs', '0']).status).toBe(0);
    const server: ChildProcessWithoutNullStreams = cliAsync(['review', '--db', db, '--serve', '--port', '0', '--reviewer', '测试审核员']) as never;
    try {
      const url = await new Promise<string>((resolve, reject) => {
        let out = '';
        server.stdout.on('data', (chunk: Buffer) => {
          out += chunk.toString();
          const m = /review server: (http:\/\/127\.0\.0\.1:\d+\/)/.exec(out);
          if (m) resolve(m[1]!);
        });
        server.once('exit', (code) => reject(new Error(`server exited ${code}`)));
      });
      const [pdf] = docs;
      const indicator = pdf!.tables[0]!.indicators[3]!;
      const page = await browser.context.newPage();
      await page.goto(url);
      await page.locator('a', { hasText: 'unmerged-labels-wanyuan/input.pdf' }).first().click();
      await page.waitForURL(/doc-/);
      const score = page.locator('#record tr', { hasText: indicator.name }).locator('.v[data-label="得分"]');
      await score.click();
      await page.fill('#editor input[name=value]', '7.5');
      await page.fill('#editor input[name=reason]', '原件得分为7.5');
      await page.$eval('#record', (el) => { el.scrollTop = 150; });
      await Promise.all([page.waitForEvent('load'), page.click('#editor button[type=submit]')]);
      await expect.poll(() => score.textContent()).toContain('7.5');
      // the reload keeps the reviewer's place
      expect(await page.$eval('#record', (el) => el.scrollTop)).toBe(150);
      expect(await score.getAttribute('class')).toContain('corrected');
      await Promise.all([page.waitForEvent('load'), page.click('button.verify[data-table="1"]')]);
      expect(await page.locator('#t1 .verified').textContent()).toContain('测试审核员');
      await page.screenshot({ path: join(ARTIFACTS, 'review-served-corrected.png') });
      await page.close();
      const q = cli(['query', '--db', db, '--json', '--sql',
        `SELECT i.name, i.score, i.corrected, t.verified, t.verified_by FROM v_indicators i JOIN v_tables t USING (table_id) WHERE t.sha256 = '${pdf!.sha256}' AND i.corrected IS NOT NULL`]);
      expect(q.status, q.stderr).toBe(0);
      expect(JSON.parse(q.stdout)).toEqual([{ name: indicator.name, score: 7.5, corrected: 'score', verified: 1, verified_by: '测试审核员' }]);
      const trail = cli(['corrections', 'list', '--db', db]);
      expect(trail.stdout).toContain(`测试审核员 ${pdf!.sha256.slice(0, 12)} table 1 indicator ${indicator.name} score: ${indicator.score} → 7.5 (原件得分为7.5)`);
    } finally {
      server.kill('SIGTERM');
    }
  });

  it('scans: a scanned PDF page and an image are shown as they are, with the reason nothing was read', async () => {
    const { createCanvas } = await import('@napi-rs/canvas');
    const canvas = createCanvas(400, 300);
    const g = canvas.getContext('2d');
    g.fillStyle = '#fff'; g.fillRect(0, 0, 400, 300);
    g.strokeStyle = '#000'; g.strokeRect(20, 20, 360, 260);
    const png = join(dir, 'scan.png');
    writeFileSync(png, canvas.toBuffer('image/png'));
    const scannedPdf = join(ROOT, 'fixtures/pdf/scanned-image/input.pdf');
    const r = cli(['review', scannedPdf, png, '--out', join(dir, 'scans')]);
    expect(r.status).toBe(1); // the blank image gives no table (read by OCR): reported, the pages still written
    expect(r.stderr).toContain('[NO_TABLE_FOUND]');
    const page = await browser.context.newPage();
    for (const [file, code] of [[scannedPdf, 'PAGE_OCR'], [png, 'NO_TABLE_FOUND']] as const) {
      const sha = createHash('sha256').update(readFileSync(file)).digest('hex');
      await page.goto(pathToFileURL(join(dir, 'scans', `doc-${sha.slice(0, 16)}.html`)).href);
      await page.waitForFunction(() => { const i = document.querySelector('.page img') as HTMLImageElement | null; return !!i && i.complete && i.naturalWidth > 0; });
      expect(await page.locator('#record').textContent()).toContain(code);
    }
    await page.screenshot({ path: join(ARTIFACTS, 'review-scan.png') });
    await page.close();
  });

  it('wrote its screenshots as artefacts', () => {
    expect(readdirSync(ARTIFACTS)).toEqual(expect.arrayContaining(['review-pdf-value-clicked.png', 'review-index.png', 'review-served-corrected.png']));
  });
});
