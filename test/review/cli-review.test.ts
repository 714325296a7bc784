import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli, ROOT } from '../store/cli.js';
import { extractFile, seedInputs, SEEDS_DIR } from '../store/sample-documents.js';
import { useTmpDir } from '../store/tmp-dir.js';

const tmp = useTmpDir();

describe('jixiao review PATH... --out DIR', () => {
  it('walks folders like import, writes one page per document and an index line per table, and names what it could not read', async () => {
    const out = join(tmp(), 'site');
    const r = cli(['review', SEEDS_DIR, join(ROOT, 'nope.txt'), '--out', out]);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/nope\.txt: no such file \[FILE_NOT_FOUND\]/);
    const docs = await Promise.all(seedInputs().map(extractFile));
    const tables = docs.reduce((n, d) => n + d.tables.length, 0);
    expect(r.stderr).toContain(`(${docs.length} documents, ${tables} tables)`);
    expect(readdirSync(out).filter((f) => f.startsWith('doc-')).sort()).toEqual(docs.map((d) => `doc-${d.sha256.slice(0, 16)}.html`).sort());
    const index = readFileSync(join(out, 'index.html'), 'utf8');
    expect(index.match(/<tr data-kind=/g)).toHaveLength(tables);
    // no network: nothing is loaded from anywhere but the page itself and its img/ folder
    for (const file of readdirSync(out).filter((f) => f.endsWith('.html'))) {
      const html = readFileSync(join(out, file), 'utf8');
      expect(html).not.toMatch(/(src|href)="(https?:)?\/\//);
      expect(html).not.toMatch(/<link /);
    }
  });

  it('refuses a usage it cannot serve (exit 2)', () => {
    expect(cli(['review', '--out', 'x']).status).toBe(2);
    expect(cli(['review', 'a.txt']).status).toBe(2);
    expect(cli(['review', 'a.txt', '--serve']).status).toBe(2);
  });
});
