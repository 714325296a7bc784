import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Document } from '../../schemas/record.js';
import { CorrectionsDb, columnValue } from '../../store/corrections.js';
import { cli, parseCsv } from './cli.js';
import { extractFile, seedInputs } from './sample-documents.js';
import { useTmpDir } from './tmp-dir.js';

const tmp = useTmpDir('all');
let dir: string;
let db: string;
let doc: Document;

const sql = (database: string, query: string) => {
  const r = cli(['query', '--db', database, '--sql', query, '--json']);
  expect(r.status, r.stderr).toBe(0);
  return JSON.parse(r.stdout) as Record<string, unknown>[];
};
const withDb = <T>(path: string, body: (c: CorrectionsDb) => T): T => {
  const c = CorrectionsDb.open(path);
  try { return body(c); } finally { c.close(); }
};

describe('corrections', () => {
  beforeAll(async () => {
    dir = tmp();
    db = join(dir, 'review.sqlite');
    expect(cli(['import', ...seedInputs(), '--db', db, '--jobs', '0']).status).toBe(0);
    // the seed with several tables; every expectation below is computed from its own record
    const docs = await Promise.all(seedInputs().map(extractFile));
    doc = docs.reduce((a, b) => (b.tables.length > a.tables.length ? b : a));
  }, 120_000);

  it('shows corrected values in the views, with a column naming the corrected fields, and survives import --force', () => {
    const table = doc.tables[1]!;
    const row = table.indicators[0]!;
    const base = { document_sha256: doc.sha256, table_ordinal: 2, reviewer: '审核员甲' };
    withDb(db, (c) => {
      const first = c.correct({ ...base, entity: 'indicator', row_name: row.name, row_occurrence: 1, field: 'score', value: '1.5', reason: '原表得分抄错' });
      expect(first.old_value).toBe(row.score);
      c.correct({ ...base, entity: 'indicator', row_name: row.name, row_occurrence: 1, field: 'score', value: '2.5', reason: '再次核对' });
      c.correct({ ...base, entity: 'funds', row_name: table.funds[0]!.item, row_occurrence: 1, field: 'executed_fen', value: '12,345.67', reason: '执行数' });
      c.correct({ ...base, entity: 'table', row_name: '', row_occurrence: 1, field: 'total_score', value: '88', reason: '总分' });
      c.setVerified(doc.sha256, 2, true, '审核员甲');
    });
    const check = () => {
      const indicators = sql(db, `SELECT i.name, i.score, i.corrected FROM v_indicators i JOIN v_tables t USING (table_id)
        WHERE t.sha256 = '${doc.sha256}' AND t.ordinal = 2 ORDER BY i.ordinal`);
      // the latest correction wins; the other rows keep what the document printed
      expect(indicators[0]).toEqual({ name: row.name, score: 2.5, corrected: 'score' });
      expect(indicators.slice(1).map((i) => i.score)).toEqual(table.indicators.slice(1).map((i) => i.score));
      expect(indicators.slice(1).every((i) => i.corrected === null)).toBe(true);
      const [funds] = sql(db, `SELECT item, executed_yuan, executed_fen, corrected FROM v_funds WHERE table_id = (SELECT table_id FROM v_tables WHERE sha256 = '${doc.sha256}' AND ordinal = 2) ORDER BY ordinal LIMIT 1`);
      expect(funds).toEqual({ item: table.funds[0]!.item, executed_yuan: '12345.67', executed_fen: 1234567, corrected: 'executed_fen' });
      const [t] = sql(db, `SELECT total_score, corrected, corrections, verified, verified_by, indicators_score FROM v_tables WHERE sha256 = '${doc.sha256}' AND ordinal = 2`);
      const rowsScore = table.indicators.slice(1).reduce((n, i) => n + (i.score ?? 0), 2.5);
      expect(t).toMatchObject({ total_score: 88, corrected: 'total_score', corrections: 3, verified: 1, verified_by: '审核员甲' });
      expect(t!.indicators_score as number).toBeCloseTo(rowsScore, 6);
      const [other] = sql(db, `SELECT total_score, corrected, verified FROM v_tables WHERE sha256 = '${doc.sha256}' AND ordinal = 1`);
      expect(other).toEqual({ total_score: doc.tables[0]!.total.score, corrected: null, verified: 0 });
    };
    check();
    const before = sql(db, 'SELECT max(id) AS id FROM indicators')[0]!.id as number;
    expect(cli(['import', ...seedInputs(), '--db', db, '--jobs', '0', '--force']).status).toBe(0);
    expect(sql(db, 'SELECT min(id) AS id FROM indicators')[0]!.id as number).toBeGreaterThan(before); // every row rewritten
    check();
    // the trail keeps both corrections of the score, with the value the document printed
    const trail = sql(db, "SELECT field, old_value, new_value, reviewer FROM corrections WHERE field = 'score' ORDER BY id");
    expect(trail).toEqual([
      { field: 'score', old_value: row.score, new_value: 1.5, reviewer: '审核员甲' },
      { field: 'score', old_value: row.score, new_value: 2.5, reviewer: '审核员甲' },
    ]);
    // the named reports read the views too
    const project = cli(['query', 'project', table.project!, '--db', db, '--json', '--limit', '0']);
    expect(project.status, project.stderr).toBe(0);
    const projectRows = JSON.parse(project.stdout) as { year: number; name: string; score: number; total_score: number }[];
    expect(projectRows.find((r) => r.name === row.name && r.year === table.year)).toMatchObject({ score: 2.5, total_score: 88 });
    // CSV exports read the views: the corrected value and the column that says so
    const out = cli(['export', '--format', 'csv', '--entity', 'indicators', '--db', db]);
    const csv = parseCsv(out.stdout.replace(/^\uFEFF/, ''));
    const header = csv[0]!;
    const corrected = csv.filter((r) => r[header.indexOf('corrected')] === 'score');
    expect(corrected).toHaveLength(1);
    expect(corrected[0]![header.indexOf('score')]).toBe('2.5');
  });

  it('moves corrections to another database with export and import, once', () => {
    const file = join(dir, 'corrections.json');
    expect(cli(['corrections', 'export', file, '--db', db]).status).toBe(0);
    const other = join(dir, 'other.sqlite');
    expect(cli(['import', ...seedInputs(), '--db', other, '--jobs', '0']).status).toBe(0);
    const first = cli(['corrections', 'import', file, '--db', other]);
    expect(first.status, first.stderr).toBe(0);
    expect(first.stderr).toContain('imported 4 corrections, 1 verified marks (0 already there)');
    expect(cli(['corrections', 'import', file, '--db', other]).stderr).toContain('imported 0 corrections, 0 verified marks (5 already there)');
    const view = (path: string) => sql(path, 'SELECT path, ordinal, total_score, corrected, verified FROM v_tables ORDER BY sha256, ordinal')
      .map(({ path: _p, ...rest }) => rest);
    expect(view(other)).toEqual(view(db));
    const listed = cli(['corrections', 'list', '--db', other]);
    expect(listed.stdout).toMatch(/审核员甲 .* score: .* → 2\.5 \(再次核对\)/);
    expect(JSON.parse(readFileSync(file, 'utf8'))).toMatchObject({ jixiao_corrections: 1 });
  });

  it('refuses a correction it cannot apply, naming the reason', () => {
    const key = { document_sha256: doc.sha256, table_ordinal: 1, entity: 'indicator' as const, row_name: doc.tables[0]!.indicators[0]!.name, reason: 'x' };
    withDb(db, (c) => {
      expect(() => c.correct({ ...key, row_occurrence: 9, field: 'score', value: '1' })).toThrow(/no indicator .*#9 in table 1/);
      expect(() => c.correct({ ...key, row_occurrence: 1, field: 'source_line', value: '1' })).toThrow(/cannot be corrected/);
      expect(() => c.correct({ ...key, row_occurrence: 1, field: 'score', value: '满分' })).toThrow(/not a number/);
      expect(() => c.correct({ ...key, row_occurrence: 1, field: 'score', value: '1', reason: ' ' })).toThrow(/needs a reason/);
    });
    expect(columnValue('funds', 'executed_fen', '44.32')).toBe(4432n);
    expect(() => columnValue('funds', 'executed_fen', '0.001')).toThrow(/at most two decimals/);
    expect(columnValue('indicator', 'target', '  ')).toBeNull();
    // 执行率 typed as printed or as the stored fraction; the point moves exactly
    expect(['98.30%', '0.5%', '120.25%', '0.96'].map((t) => columnValue('funds', 'rate', t))).toEqual([0.983, 0.005, 1.2025, 0.96]);
    expect(() => columnValue('funds', 'rate', '九成')).toThrow(/not a rate/);
    for (const args of [['corrections', 'list'], ['review', '--serve']]) {
      const none = cli([...args, '--db', join(dir, 'none.sqlite')]);
      expect(none.status).toBe(2);
      expect(none.stderr).toMatch(/none\.sqlite: no such database .*\[DB_NOT_FOUND\]/);
      expect(existsSync(join(dir, 'none.sqlite'))).toBe(false);
    }
    const bad = cli(['corrections', 'import', join(dir, 'nope.json'), '--db', db]);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toMatch(/nope\.json: not a corrections file .*\[CORRECTION_INVALID\]/);
  });
});
