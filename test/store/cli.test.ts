import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { DocumentSchema, type Document, type Table } from '../../schemas/record.js';
import { EXPORT_ENTITY_NAMES } from '../../store/export/export-entities.js';
import { SHEET_NAMES } from '../../store/export/export-columns.js';
import { REPORTS } from '../../store/query/reports.js';
import { SCHEMA_VERSION } from '../../store/schema.js';
import { writeGeneratedArchive, writeYearVariants } from './archive.js';
import { cli, parseCsv } from './cli.js';
import { distExtractFile } from './dist-extract.js';
import { canonicalRecord, hasTables, seedInputs, sha256Of } from './sample-documents.js';
import { useTmpDir } from './tmp-dir.js';

const tmp = useTmpDir('all');
let dir: string;
let db: string;
let docs: Document[];

const tablesOf = () => docs.filter(hasTables).flatMap((d) => d.tables);
const sum = (xs: readonly (number | null)[]) => xs.reduce<number>((n, x) => n + (x ?? 0), 0);
const query = (...args: string[]) => cli(['query', '--db', db, ...args]);
const queryJson = (...args: string[]) => {
  const r = query(...args, '--json', '--limit', '0');
  expect(r.status, r.stderr).toBe(0);
  return JSON.parse(r.stdout) as Record<string, unknown>[];
};
const countRows = (table: string) => {
  const conn = new Database(db, { readonly: true });
  const n = (conn.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
  conn.close();
  return n;
};

describe('jixiao import / query / export', () => {
  beforeAll(async () => {
    // every test below reads this one database: the seeds plus a generated archive
    dir = tmp();
    const generated = writeGeneratedArchive(join(dir, 'archive', 'generated'), 40);
    const earlier = writeYearVariants(join(dir, 'archive', 'earlier-years'), 2);
    const inputs = [...seedInputs(), ...earlier, ...generated];
    docs = await Promise.all(inputs.map(distExtractFile));
    expect(new Set(inputs.map((p) => sha256Of(readFileSync(p)))).size).toBe(inputs.length);
    db = join(dir, 'cli.sqlite');
    // the seeds twice: a second copy in the same run is skipped, not imported again
    const r = cli(['import', ...seedInputs(), join(dir, 'archive'), ...seedInputs(), '--db', db, '--jobs', '2', '--json']);
    expect(r.stderr).not.toMatch(/Error|TypeError/);
    const summary = JSON.parse(r.stdout) as { imported: number; failed: number; tables: number; indicators: number };
    const seeds = docs.slice(0, seedInputs().length);
    const failed = docs.filter((d) => !hasTables(d)).length;
    expect(r.status).toBe(failed > 0 ? 1 : 0);
    expect(summary).toMatchObject({
      files: inputs.length + seeds.length,
      imported: docs.length - failed,
      skipped: seeds.filter(hasTables).length,
      failed: failed + seeds.filter((d) => !hasTables(d)).length,
      tables: tablesOf().length,
    });
  }, 120_000);

  it('imports what the extractor returns: counts per SQL table equal the records', () => {
    const tables = tablesOf();
    expect(countRows('documents')).toBe(docs.filter(hasTables).length);
    expect(countRows('tables')).toBe(tables.length);
    expect(countRows('indicators')).toBe(sum(tables.map((t) => t.indicators.length)));
    expect(countRows('funds')).toBe(sum(tables.map((t) => t.funds.length)));
    expect(tables.length).toBeGreaterThan(0);
  });

  it('prints a summary and a usage error code', () => {
    const again = cli(['import', ...seedInputs(), '--db', db]);
    expect(again.stdout).toMatch(new RegExp(`skipped\\s+${docs.slice(0, seedInputs().length).filter(hasTables).length}\\b`));
    expect(cli(['import', '--db', db]).status).toBe(2);
    expect(cli(['import', 'x', '--jobs', '-1']).status).toBe(2);
    expect(query('no-such-report').status).toBe(2);
  });

  it('runs every named report', () => {
    const args: Record<string, string> = { TEXT: '完成率', PROJECT: '1' };
    for (const [name, report] of Object.entries(REPORTS)) {
      const r = query(name, ...(report.argument ? [args[report.argument]!] : []));
      expect(r.status, `${name}: ${r.stderr}`).toBe(0);
      expect(r.stdout.split('\n')[1], name).toMatch(/^─/);
    }
  });

  it('total-mismatch lists exactly the tables whose 总分 differs from their rows', () => {
    const rowsScore = (t: Table) => sum(t.indicators.map((i) => i.score)) + (t.funds[0]?.score ?? 0);
    const rowsWeight = (t: Table) => sum(t.indicators.map((i) => i.weight)) + (t.funds[0]?.weight ?? 0);
    const scored = (t: Table) => t.indicators.some((i) => i.score !== null);
    const off = (total: number | null, rows: number) => total !== null && Math.abs(total - rows) > 0.005;
    const expected = tablesOf().filter((t) => scored(t) && (off(t.total.score, rowsScore(t)) || off(t.total.weight, rowsWeight(t))));
    expect(queryJson('total-mismatch')).toHaveLength(expected.length);
  });

  it('search finds the indicators and goals containing a text (full-text for 3+ characters, LIKE below)', () => {
    const tables = tablesOf();
    for (const text of ['完成率', '满意度', '率', '党建工作']) {
      const indicators = tables.flatMap((t) => t.indicators).filter((i) => i.name.includes(text) || (i.deviation ?? '').includes(text)).length;
      const goals = tables.flatMap((t) => [t.goals.expected, t.goals.actual]).filter((g) => g !== null && g.includes(text)).length;
      expect(queryJson('search', text), text).toHaveLength(indicators + goals);
    }
  });

  it('lowest starts with the indicator of the lowest score ÷ weight', () => {
    const ratios = tablesOf().flatMap((t) => t.indicators).filter((i) => i.score !== null && (i.weight ?? 0) > 0).map((i) => i.score! / i.weight!);
    const rows = queryJson('lowest');
    expect(rows).toHaveLength(ratios.length);
    if (ratios.length > 0) expect(rows[0]!.ratio).toBeCloseTo(Math.min(...ratios), 3);
  });

  it('project follows one project across the years it appears in', () => {
    const projects = queryJson('projects');
    expect(projects.length).toBeGreaterThan(0);
    const top = projects[0]!;
    const rows = queryJson('project', String(top.project_id));
    expect(new Set(rows.map((r) => r.year)).size).toBe(top.years);
    expect(rows.every((r) => r.project_id === top.project_id)).toBe(true);
    // the seed projects are also reported in two earlier years
    expect(top.years).toBeGreaterThan(1);
  });

  it('--sql answers reads and refuses anything that writes, leaving the file untouched', () => {
    const r = query('--sql', 'SELECT count(*) AS n FROM indicators', '--csv');
    expect(r.status).toBe(0);
    expect(r.stdout).toBe(`n\r\n${countRows('indicators')}\r\n`);
    const before = { documents: countRows('documents'), indicators: countRows('indicators'), size: statSync(db).size };
    for (const sql of [
      'DELETE FROM indicators',
      'DROP TABLE documents',
      "INSERT INTO documents (sha256, path, format, size, imported_at, tool_version, table_count, indicator_count) VALUES ('x','x','text',0,'','',0,0)",
      'UPDATE tables SET year = 1900',
      'CREATE TABLE t (x)',
      'PRAGMA user_version = 99',
      `ATTACH '${join(dir, 'other.sqlite')}' AS other`,
      'VACUUM',
      'SELECT 1; DELETE FROM indicators',
      'WITH x AS (SELECT 1) DELETE FROM indicators',
    ]) {
      const refused = query('--sql', sql);
      expect(refused.status, sql).toBe(2);
      expect(refused.stdout, sql).toBe('');
    }
    expect({ documents: countRows('documents'), indicators: countRows('indicators'), size: statSync(db).size }).toEqual(before);
    const conn = new Database(db, { readonly: true });
    expect(conn.pragma('user_version', { simple: true })).toBe(SCHEMA_VERSION);
    conn.close();
  });

  it('exports CSV with a BOM whose row counts equal the database, fields intact', () => {
    const out = join(dir, 'csv');
    const r = cli(['export', '--format', 'csv', '--db', db, '--out', out]);
    expect(r.status, r.stderr).toBe(0);
    expect(readdirSync(out).sort()).toEqual(EXPORT_ENTITY_NAMES.map((e) => `${e}.csv`).sort());
    for (const entity of EXPORT_ENTITY_NAMES) {
      const bytes = readFileSync(join(out, `${entity}.csv`));
      expect([...bytes.subarray(0, 3)], entity).toEqual([0xef, 0xbb, 0xbf]);
      const rows = parseCsv(bytes.toString('utf8').slice(1));
      expect(rows.length - 1, entity).toBe(countRows(entity));
      expect(rows.every((row) => row.length === rows[0]!.length), entity).toBe(true);
    }
    const indicators = parseCsv(readFileSync(join(out, 'indicators.csv'), 'utf8').slice(1));
    const name = indicators[0]!.indexOf('name');
    expect(indicators.slice(1).map((row) => row[name]).sort()).toEqual(tablesOf().flatMap((t) => t.indicators.map((i) => i.name)).sort());
    const one = cli(['export', '--format', 'csv', '--entity', 'goals', '--db', db]);
    expect(parseCsv(one.stdout.slice(1)).length - 1).toBe(countRows('goals'));
  });

  it('exports JSONL documents that are the records the extractor gave', () => {
    const r = cli(['export', '--format', 'jsonl', '--db', db]);
    expect(r.status, r.stderr).toBe(0);
    const lines = r.stdout.trimEnd().split('\n').map((l) => DocumentSchema.parse(JSON.parse(l)));
    const byFile = (a: { file: string }, b: { file: string }) => a.file.localeCompare(b.file);
    const expected = docs.filter(hasTables).map((d) => ({ ...d, findings: d.findings ?? [] })).sort(byFile);
    // sha256 and size are the importer's own, of the file's bytes
    expect(lines.sort(byFile).map(canonicalRecord)).toEqual(
      expected.map((d) => canonicalRecord({ ...d, sha256: sha256Of(readFileSync(d.file)), size: statSync(d.file).size })));
  });

  it('exports XLSX with one sheet per entity, a frozen header and every row', async () => {
    const out = join(dir, 'all.xlsx');
    const r = cli(['export', '--format', 'xlsx', '--db', db, '--out', out]);
    expect(r.status, r.stderr).toBe(0);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(out);
    expect(workbook.worksheets.map((s) => s.name)).toEqual(EXPORT_ENTITY_NAMES.map((e) => SHEET_NAMES[e]));
    for (const [i, sheet] of workbook.worksheets.entries()) {
      expect(sheet.actualRowCount - 1, sheet.name).toBe(countRows(EXPORT_ENTITY_NAMES[i]!));
      expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    }
  });
});
