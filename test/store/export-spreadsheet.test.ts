import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { COLUMN_SPECS, SHEET_NAMES, VALUE_LABELS } from '../../store/export/export-columns.js';
import { EXPORT_ENTITY_NAMES } from '../../store/export/export-entities.js';
import { writeAtomically } from '../../store/export/safe-output.js';
import { spreadsheetSafe } from '../../store/query/csv.js';
import { cli, parseCsv } from './cli.js';
import { seedInputs, sha256Of } from './sample-documents.js';
import { useTmpDir } from './tmp-dir.js';

const tmp = useTmpDir('all');
let dir: string;
let db: string;

type Row = Record<string, string | number | null>;
const rows = (sql: string): Row[] => {
  const conn = new Database(db, { readonly: true });
  try { return conn.prepare(sql).all() as Row[]; } finally { conn.close(); }
};

/** Header name → 1-based column of a sheet. */
const headerIndex = (sheet: ExcelJS.Worksheet): Map<string, number> => {
  const map = new Map<string, number>();
  sheet.getRow(1).eachCell((cell, col) => map.set(String(cell.value), col));
  return map;
};

const HOSTILE_NAME = '=HYPERLINK("http://example.invalid/x","点击")';

describe('export for spreadsheets (Excel/WPS) and machines', () => {
  beforeAll(() => {
    dir = tmp();
    db = join(dir, 'db.sqlite');
    const r = cli(['import', ...seedInputs(), '--db', db, '--jobs', '0']);
    expect(r.status, r.stderr).toBe(0);
    // values an attacker or a document may hold: a formula, a `+` target, a negative amount
    const conn = new Database(db);
    const first = (conn.prepare('SELECT min(id) AS id FROM indicators').get() as { id: number }).id;
    conn.prepare('UPDATE indicators SET name = ?, target = ? WHERE id = ?').run(HOSTILE_NAME, '+100%', first);
    const funds = (conn.prepare('SELECT min(id) AS id FROM funds').get() as { id: number }).id;
    conn.prepare('UPDATE funds SET executed_fen = -123456 WHERE id = ?').run(funds);
    conn.close();
  }, 60_000);

  it('XLSX: Chinese headers and sheet names, amounts and rates as formatted numbers, kinds in Chinese, dates as dates, autofilter, frozen header', async () => {
    const out = join(dir, 'book.xlsx');
    const r = cli(['export', '--format', 'xlsx', '--db', db, '--out', out]);
    expect(r.status, r.stderr).toBe(0);
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(out);
    expect(book.worksheets.map((s) => s.name)).toEqual(EXPORT_ENTITY_NAMES.map((e) => SHEET_NAMES[e]));
    for (const sheet of book.worksheets) {
      expect(sheet.views[0], sheet.name).toMatchObject({ state: 'frozen', ySplit: 1 });
      const header = sheet.getRow(1);
      expect(sheet.autoFilter, sheet.name).toBe(`A1:${header.getCell(header.cellCount).address}`);
    }

    const funds = book.getWorksheet(SHEET_NAMES.funds)!;
    const fh = headerIndex(funds);
    for (const header of ['年初预算数（元）', '全年预算数（元）', '全年执行数（元）', '执行率', '分值', '得分', '资金项目']) expect(fh.has(header), header).toBe(true);
    // the exact 分 columns stay in CSV/SQL; the sheet shows 元
    expect([...fh.keys()].some((h) => h.includes('（分）'))).toBe(false);
    const stored = rows('SELECT executed_fen, annual_budget_fen, rate FROM funds ORDER BY id');
    expect(funds.actualRowCount - 1).toBe(stored.length);
    stored.forEach((row, i) => {
      const executed = funds.getRow(i + 2).getCell(fh.get('全年执行数（元）')!);
      const budget = funds.getRow(i + 2).getCell(fh.get('全年预算数（元）')!);
      const rate = funds.getRow(i + 2).getCell(fh.get('执行率')!);
      if (row.executed_fen !== null) {
        expect(executed.type).toBe(ExcelJS.ValueType.Number);
        expect(executed.value).toBeCloseTo(Number(row.executed_fen) / 100, 6);
        expect(executed.numFmt).toBe('#,##0.00');
      }
      if (row.annual_budget_fen !== null) expect(budget.value).toBeCloseTo(Number(row.annual_budget_fen) / 100, 6);
      if (row.rate !== null) {
        expect(rate.value).toBe(row.rate);
        expect(rate.numFmt).toBe('0.00%');
      }
    });
    expect(stored.some((r) => r.rate !== null)).toBe(true);
    expect(funds.getRow(2).getCell(fh.get('全年执行数（元）')!).value).toBe(-1234.56);

    const tables = book.getWorksheet(SHEET_NAMES.tables)!;
    const th = headerIndex(tables);
    const kinds = rows('SELECT kind FROM tables ORDER BY id').map((r) => VALUE_LABELS[String(r.kind)]);
    expect(kinds.every((k) => k !== undefined)).toBe(true);
    expect(Array.from({ length: kinds.length }, (_, i) => tables.getRow(i + 2).getCell(th.get('表格类型')!).value)).toEqual(kinds);
    const imported = tables.getRow(2).getCell(th.get('导入时间（UTC）')!);
    expect(imported.value).toBeInstanceOf(Date);
    expect((imported.value as Date).toISOString()).toBe(rows('SELECT imported_at FROM v_tables ORDER BY table_id LIMIT 1')[0]!.imported_at);
    expect(tables.getRow(2).getCell(th.get('年度')!).type).toBe(ExcelJS.ValueType.Number);

    const indicators = book.getWorksheet(SHEET_NAMES.indicators)!;
    const ih = headerIndex(indicators);
    for (const header of ['一级指标', '二级指标', '三级指标', '指标值', '实际完成值', '分值', '得分']) expect(ih.has(header), header).toBe(true);
    // text that looks like a formula is a text cell, never a formula
    const hostile = indicators.getRow(2).getCell(ih.get('三级指标')!);
    expect(hostile.type).toBe(ExcelJS.ValueType.String);
    expect(hostile.value).toBe(HOSTILE_NAME);
  });

  it('CSV for spreadsheets neutralizes formula-looking text; --raw keeps every cell as stored; numbers stay numbers', () => {
    const safe = cli(['export', '--format', 'csv', '--entity', 'indicators', '--db', db]);
    const raw = cli(['export', '--format', 'csv', '--entity', 'indicators', '--db', db, '--raw']);
    expect(safe.status, safe.stderr).toBe(0);
    const [sh, s1] = parseCsv(safe.stdout.slice(1));
    const [rh, r1] = parseCsv(raw.stdout.slice(1));
    expect(s1![sh!.indexOf('name')]).toBe(`'${HOSTILE_NAME}`);
    expect(s1![sh!.indexOf('target')]).toBe("'+100%");
    expect(r1![rh!.indexOf('name')]).toBe(HOSTILE_NAME);
    expect(r1![rh!.indexOf('target')]).toBe('+100%');
    const funds = parseCsv(cli(['export', '--format', 'csv', '--entity', 'funds', '--db', db]).stdout.slice(1));
    expect(funds[1]![funds[0]!.indexOf('executed_yuan')]).toBe('-1234.56');
    expect(funds[1]![funds[0]!.indexOf('executed_fen')]).toBe('-123456');
  });

  it('spreadsheetSafe: only text starting with = + - @ tab or CR, never a plain number', () => {
    expect(['=1+1', '+70人', '-x', '@SUM(A1)', '\tx', '\r=1'].map(spreadsheetSafe)).toEqual(["'=1+1", "'+70人", "'-x", "'@SUM(A1)", "'\tx", "'\r=1"]);
    expect(['-12.50', '+3', '100%', '满意度≥90%', '', null, -5, 7].map(spreadsheetSafe)).toEqual(['-12.50', '+3', '100%', '满意度≥90%', '', null, -5, 7]);
  });

  it('CSV --headers zh writes the Chinese header row; the machine names stay the default', () => {
    const zh = parseCsv(cli(['export', '--format', 'csv', '--entity', 'funds', '--db', db, '--headers', 'zh']).stdout.slice(1))[0]!;
    const en = parseCsv(cli(['export', '--format', 'csv', '--entity', 'funds', '--db', db]).stdout.slice(1))[0]!;
    expect(zh).toEqual(en.map((c) => COLUMN_SPECS[c]?.zh ?? c));
    expect(zh).toContain('年初预算数（元）');
    expect(zh).toContain('执行率');
    expect(en).toContain('initial_budget_fen');
    expect(cli(['export', '--format', 'xlsx', '--db', db, '--headers', 'zh', '--out', join(dir, 'x.xlsx')]).status).toBe(2);
  });

  it('refuses to write over the database, however the path is spelled, and leaves it intact', () => {
    const before = sha256Of(readFileSync(db));
    for (const format of ['xlsx', 'jsonl'] as const) {
      const r = cli(['export', '--format', format, '--db', db, '--out', join(dir, '.', '..', dir.split('/').pop()!, 'db.sqlite')]);
      expect(r.status, format).toBe(2);
      expect(r.stderr).toMatch(/EXPORT_OVER_DATABASE/);
    }
    const csv = cli(['export', '--format', 'csv', '--entity', 'tables', '--db', db, '--out', db]);
    expect(csv.status).toBe(2);
    expect(csv.stderr).toMatch(/EXPORT_OVER_DATABASE/);
    expect(sha256Of(readFileSync(db))).toBe(before);
  });

  it('says when an existing file is replaced; leaves no temporary file behind', () => {
    const out = join(dir, 'again.jsonl');
    const first = cli(['export', '--format', 'jsonl', '--db', db, '--out', out]);
    expect(first.stderr).not.toMatch(/replaced/);
    const second = cli(['export', '--format', 'jsonl', '--db', db, '--out', out]);
    expect(second.status).toBe(0);
    expect(second.stderr).toContain(`replaced the existing file ${out}`);
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('a failed export leaves no partial file and the previous file untouched', async () => {
    const fresh = join(dir, 'failed.csv');
    await expect(writeAtomically(fresh, async (tmpPath) => { writeFileSync(tmpPath, 'half'); throw new Error('disk full'); })).rejects.toThrow(/EXPORT_FAILED|disk full/);
    expect(existsSync(fresh)).toBe(false);
    const kept = join(dir, 'kept.csv');
    writeFileSync(kept, 'old');
    await expect(writeAtomically(kept, async (tmpPath) => { writeFileSync(tmpPath, 'new, half'); throw new Error('disk full'); })).rejects.toThrow();
    expect(readFileSync(kept, 'utf8')).toBe('old');
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
    // a folder that does not exist: an error naming the file, no file
    const r = cli(['export', '--format', 'jsonl', '--db', db, '--out', join(dir, 'no', 'such', 'out.jsonl')]);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/EXPORT_FAILED.*out\.jsonl/);
  });
});
