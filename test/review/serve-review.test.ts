import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ReviewDb } from '../../review/review-db.js';
import { startReviewServer } from '../../review/serve-review.js';
import { cli } from '../store/cli.js';
import { extractFile, seedInputs } from '../store/sample-documents.js';
import { useTmpDir } from '../store/tmp-dir.js';
import type { Document } from '../../schemas/record.js';

const tmp = useTmpDir('all');

describe('review server (HTTP, no browser)', () => {
  let dir: string;
  let db: ReviewDb;
  let server: Server;
  let url: string;
  let doc: Document;
  const post = (path: string, body: unknown, type = 'application/json') =>
    fetch(new URL(path, url), { method: 'POST', headers: { 'content-type': type }, body: JSON.stringify(body) });

  beforeAll(async () => {
    dir = tmp();
    const input = seedInputs()[1]!;
    expect(cli(['import', input, '--db', join(dir, 'r.sqlite'), '--jobs', '0']).status).toBe(0);
    doc = await extractFile(input);
    db = ReviewDb.open(join(dir, 'r.sqlite'));
    ({ server, url } = await startReviewServer(db, { port: 0, reviewer: '默认审核员' }));
  }, 120_000);
  afterAll(() => { server?.close(); db?.close(); });

  it('serves the index and document pages on 127.0.0.1, with the correction form', async () => {
    expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
    const index = await (await fetch(url)).text();
    const href = `doc-${doc.sha256.slice(0, 16)}.html`;
    expect(index).toContain(href);
    const page = await fetch(new URL(href, url));
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toContain('id="editor"');
    expect(html).toContain('data-served="1"');
    expect((await fetch(new URL('doc-0000000000000000.html', url))).status).toBe(404);
  });

  it('stores a correction with the default reviewer, refuses bad ones with the reason', async () => {
    const row = doc.tables[0]!.indicators[0]!;
    const key = { document_sha256: doc.sha256, table_ordinal: 1, entity: 'indicator', row_name: row.name, row_occurrence: 1 };
    const ok = await post('api/correct', { ...key, field: 'target', value: '≥95%', reason: '原表如此' });
    expect(ok.status).toBe(200);
    expect(await ok.json()).toMatchObject({ ok: true, correction: { field: 'target', old_value: row.target, new_value: '≥95%', reviewer: '默认审核员' } });
    const html = await (await fetch(new URL(`doc-${doc.sha256.slice(0, 16)}.html`, url))).text();
    expect(html).toMatch(/class="v corrected"[^>]*data-label="年度指标值"[^>]*title="原值：[^"]*原表如此[^"]*">≥95%</);

    const notNumber = await post('api/correct', { ...key, field: 'score', value: '满分', reason: 'x' });
    expect(notNumber.status).toBe(400);
    expect((await notNumber.json() as { error: string }).error).toMatch(/not a number \[CORRECTION_INVALID\]/);
    const plainForm = await post('api/correct', { ...key, field: 'score', value: '1', reason: 'x' }, 'text/plain');
    expect(plainForm.status).toBe(415);
    const missing = await post('api/verify', { document_sha256: doc.sha256, table_ordinal: 1 });
    expect(missing.status).toBe(400);
    expect((await post('api/verify', { document_sha256: doc.sha256, table_ordinal: 1, verified: true })).status).toBe(200);
  });

  it('a static site from the database shows the corrections and verified marks too', () => {
    const out = join(dir, 'site');
    const r = cli(['review', '--db', join(dir, 'r.sqlite'), '--out', out]);
    expect(r.status, r.stderr).toBe(0);
    const html = readFileSync(join(out, `doc-${doc.sha256.slice(0, 16)}.html`), 'utf8');
    expect(html).toContain('>≥95%</span>');
    expect(html).toContain('✓ 已核对（默认审核员');
    expect(html).not.toContain('id="editor"');
    const index = readFileSync(join(out, 'index.html'), 'utf8');
    expect(index).toMatch(/<td class="num">1<\/td><td>✓<\/td><\/tr>/); // one correction, verified
  });
});
