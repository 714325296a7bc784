/**
 * Makes docs/review.png, the README's picture of the review page, from a fixture we generated
 * (fixtures/pdf/unmerged-labels-wanyuan: a made-up table printed by scripts/make-pdf-fixtures):
 * import it into a scratch database, record one correction and a verified mark, write the static
 * site, open it in headless Chromium, click a value and take the picture.
 *
 *   npx tsc -p . && node dist/scripts/review-screenshot.js [out.png]
 *
 * Needs Debian's chromium (apt-get install -y chromium) and playwright-core (a dev dependency).
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';
import { ReviewDb, pageId } from '../review/review-db.js';
import { writeSiteFromDb } from '../review/write-site.js';

const ROOT = join(import.meta.dirname, '..', '..');
const PDF = join(ROOT, 'fixtures/pdf/unmerged-labels-wanyuan/input.pdf');
const out = process.argv[2] ?? join(ROOT, 'docs', 'review.png');

const work = mkdtempSync(join(tmpdir(), 'jixiao-review-shot-'));
try {
  const dbPath = join(work, 'demo.sqlite');
  execFileSync(process.execPath, [join(ROOT, 'bin/jixiao.js'), 'import', PDF, '--db', dbPath, '--jobs', '0'], { stdio: 'ignore' });
  const db = ReviewDb.open(dbPath);
  const sha = db.shas()[0]!;
  const table = db.document(sha)!.tables[0]!;
  const row = table.indicators[4]!;
  db.writer.correct({
    document_sha256: sha, table_ordinal: 1, entity: 'indicator', row_name: row.name, row_occurrence: 1,
    field: 'actual', value: '已健全', reason: '与原件核对', reviewer: '审核员',
  });
  db.writer.setVerified(sha, 1, true, '审核员');
  await writeSiteFromDb(db, join(work, 'site'));
  db.close();

  const browser = await chromium.launch({
    executablePath: process.env.JIXIAO_CHROMIUM ?? '/usr/bin/chromium', headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  const page = await browser.newPage({ viewport: { width: 1400, height: 860 } });
  await page.goto(pathToFileURL(join(work, 'site', `doc-${pageId(sha)}.html`)).href);
  await page.waitForLoadState('load');
  await page.locator('#record td .v', { hasText: table.indicators[3]!.name }).first().click();
  await page.screenshot({ path: out });
  await browser.close();
  process.stderr.write(`wrote ${out}\n`);
} finally {
  rmSync(work, { recursive: true, force: true });
}
