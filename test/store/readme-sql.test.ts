import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Document } from '../../schemas/record.js';
import { writeGeneratedArchive } from './archive.js';
import { cli, ROOT } from './cli.js';
import { extractFile, seedInputs } from './sample-documents.js';
import { useTmpDir } from './tmp-dir.js';

const tmp = useTmpDir('all');
let db: string;
let docs: Document[];

/** The statements of every ```sql block of the README, as a reader would paste them. */
function readmeSql(): string[] {
  const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
  return [...readme.matchAll(/```sql\n([\s\S]*?)```/g)].flatMap((m) => m[1]!.split(/;\s*\n/))
    .map((s) => s.trim()).filter((s) => s.replace(/--.*$/gm, '').trim() !== '');
}

const queryJson = (sql: string) => {
  const r = cli(['query', '--sql', sql, '--db', db, '--json']);
  expect(r.status, `${sql}\n${r.stderr}`).toBe(0);
  return JSON.parse(r.stdout) as Record<string, unknown>[];
};

describe('the README', () => {
  beforeAll(async () => {
    const dir = tmp();
    const inputs = [...seedInputs(), ...writeGeneratedArchive(join(dir, 'archive'), 20)];
    db = join(dir, 'db.sqlite');
    const r = cli(['import', ...inputs, '--db', db, '--jobs', '0']);
    expect(r.status === 0 || r.status === 1, r.stderr).toBe(true);
    docs = await Promise.all(inputs.map(extractFile));
  }, 120_000);

  it('every SQL example runs as pasted', () => {
    const statements = readmeSql();
    expect(statements.length).toBeGreaterThan(5);
    for (const sql of statements) queryJson(sql);
  });

  it('v_search_text finds 1- and 2-character words that the trigram index cannot', () => {
    const texts = docs.flatMap((d) => d.tables.flatMap((t) => [
      ...t.indicators.map((i) => i.name),
      ...t.indicators.flatMap((i) => (i.deviation === null ? [] : [i.deviation])),
      ...[t.goals.expected, t.goals.actual].filter((g): g is string => g !== null),
    ]));
    for (const word of ['满意', '率', '数量']) {
      const expected = texts.filter((t) => t.includes(word)).length;
      expect(expected, word).toBeGreaterThan(0);
      expect(queryJson(`SELECT count(*) AS n FROM v_search_text WHERE text LIKE '%${word}%'`)[0]!.n, word).toBe(expected);
    }
    // trigram MATCH needs 3 characters: a 2-character word finds nothing there
    expect(queryJson(`SELECT count(*) AS n FROM indicators_fts WHERE indicators_fts MATCH '"满意"'`)[0]!.n).toBe(0);
    // for 3+ characters the index and the view agree
    const viaIndex = queryJson(`SELECT rowid AS id FROM indicators_fts WHERE indicators_fts MATCH '"满意度"' ORDER BY rowid`).map((r) => r.id);
    const viaView = queryJson(`SELECT DISTINCT row_id AS id FROM v_search_text WHERE found_in LIKE 'indicator%' AND text LIKE '%满意度%' ORDER BY row_id`).map((r) => r.id);
    expect(viaIndex.length).toBeGreaterThan(0);
    expect(viaView).toEqual(viaIndex);
  });
});
