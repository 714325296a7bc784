import type { Document, FundsRow, Indicator, Table } from '../../schemas/record.js';
import { foldWidth } from '../../normalizers/fold-width.js';
import { align } from '../generate/score.js';
import type { ExpectedRealFile, ExpectedRealTable } from './expected-record.js';

/**
 * Field-by-field accuracy of one extracted real PDF against its hand-checked expected record.
 * Text fields are compared after width folding with all whitespace removed: the measure is
 * about content (which cell went where), not about wrap or punctuation-width policy, which the
 * normalizer tests cover. Numbers are compared exactly (money in 元, CONVENTIONS.md).
 */
export interface FieldMiss {
  readonly table: number;
  readonly row?: number;
  readonly field: string;
  readonly expected: unknown;
  readonly actual: unknown;
}

export interface RealScore {
  readonly file: string;
  readonly correct: number;
  readonly total: number;
  /** per field name (table.project, indicator.target, ...) */
  readonly byField: Readonly<Record<string, { correct: number; total: number }>>;
  /** per printed layout of the expected tables (list target, dept target, ...) */
  readonly byLayout: Readonly<Record<string, { correct: number; total: number }>>;
  readonly misses: readonly FieldMiss[];
  /** warning/error findings on tables judged consistent, plus every warning on tables nobody printed */
  readonly falseWarnings: readonly { table: number | null; code: string; message: string }[];
  /** extracted tables that match no expected table */
  readonly spuriousTables: number;
  /**
   * Indicator fields with every table's indicators pooled in document order on both sides: how
   * well the rows are read, whatever the table split (a list read as one table still scores here).
   */
  readonly pooled: { readonly correct: number; readonly total: number };
}

export const textKey = (s: string | null | undefined): string | null =>
  s == null ? null : foldWidth(s).replace(/\s+/g, '');

const same = (a: unknown, b: unknown): boolean =>
  typeof a === 'string' || typeof b === 'string' ? textKey(a as string | null) === textKey(b as string | null) : (a ?? null) === (b ?? null);

const tableKey = (t: { project: string | null; department: string | null; implementer: string | null; title: string | null; kind: string }) =>
  `${t.kind}|${textKey(t.project) ?? ''}|${textKey(t.department) ?? ''}|${textKey(t.title) ?? ''}`;

/**
 * Indicator rows are paired by name; a name that only gained or lost a prefix or suffix
 * (`指标1：` numbering, a glued level label) still pairs, so its other fields are measured
 * and only the name counts as wrong.
 */
const sameRow = (a: string, b: string): boolean => {
  const x = textKey(a)!;
  const y = textKey(b)!;
  return x === y || (Math.min(x.length, y.length) >= 4 && (x.includes(y) || y.includes(x)));
};

const MISSING = '(missing)';
const TABLE_FIELDS = ['kind', 'title', 'year', 'project', 'department', 'implementer', 'unit'] as const;
const FUNDS_FIELDS = ['initial_budget', 'annual_budget', 'executed', 'weight', 'rate', 'score'] as const satisfies readonly (keyof FundsRow)[];
const INDICATOR_FIELDS = ['level1', 'level2', 'name', 'target', 'actual', 'weight', 'score', 'deviation'] as const satisfies readonly (keyof Indicator)[];

class Tally {
  readonly byField: Record<string, { correct: number; total: number }> = {};
  readonly byLayout: Record<string, { correct: number; total: number }> = {};
  readonly misses: FieldMiss[] = [];
  constructor(private readonly layouts: readonly string[]) {}
  check(field: string, expected: unknown, actual: unknown, table: number, row?: number): void {
    const ok = actual !== MISSING && same(expected, actual);
    for (const t of [(this.byField[field] ??= { correct: 0, total: 0 }), ...(table >= 0 ? [(this.byLayout[this.layouts[table]!] ??= { correct: 0, total: 0 })] : [])]) {
      t.total++;
      if (ok) t.correct++;
    }
    if (!ok) this.misses.push({ table, ...(row !== undefined ? { row } : {}), field, expected, actual });
  }
}

function scoreTable(s: Tally, t: number, e: ExpectedRealTable, a: Table | undefined): void {
  for (const f of TABLE_FIELDS) s.check(`table.${f}`, e[f], a ? a[f] : MISSING, t);
  s.check('table.goals.expected', e.goals.expected, a ? a.goals.expected : MISSING, t);
  s.check('table.goals.actual', e.goals.actual, a ? a.goals.actual : MISSING, t);
  s.check('table.total.weight', e.total.weight, a ? a.total.weight : MISSING, t);
  s.check('table.total.score', e.total.score, a ? a.total.score : MISSING, t);
  s.check('table.indicator_count', e.indicators.length, a ? a.indicators.length : MISSING, t);
  s.check('table.funds_count', e.funds.length, a ? a.funds.length : MISSING, t);
  const funds = a?.funds ?? [];
  const fundsPairs = new Map(align(e.funds, funds, (x, y) => textKey(x.item) === textKey(y.item)));
  e.funds.forEach((row, k) => {
    const got = fundsPairs.has(k) ? funds[fundsPairs.get(k)!] : undefined;
    s.check('funds.item', row.item, got ? got.item : MISSING, t, k);
    for (const f of FUNDS_FIELDS) s.check(`funds.${f}`, row[f], got ? got[f] : MISSING, t, k);
  });
  const inds = a?.indicators ?? [];
  const pairs = new Map(align(e.indicators, inds, (x, y) => sameRow(x.name, y.name)));
  e.indicators.forEach((row, k) => {
    const got = pairs.has(k) ? inds[pairs.get(k)!] : undefined;
    for (const f of INDICATOR_FIELDS) s.check(`indicator.${f}`, row[f], got ? got[f] : MISSING, t, k);
  });
}

const isWarning = (severity: string) => severity === 'warning' || severity === 'error';

function scorePooled(expected: ExpectedRealFile, doc: Document): { correct: number; total: number } {
  const e = expected.tables.flatMap((t) => t.indicators);
  const a = doc.tables.flatMap((t) => t.indicators);
  const pairs = new Map(align(e, a, (x, y) => sameRow(x.name, y.name)));
  let correct = 0;
  e.forEach((row, k) => {
    const got = pairs.has(k) ? a[pairs.get(k)!] : undefined;
    for (const f of INDICATOR_FIELDS) if (got && same(row[f], got[f])) correct++;
  });
  return { correct, total: e.length * INDICATOR_FIELDS.length };
}

export function scoreReal(expected: ExpectedRealFile, doc: Document): RealScore {
  const s = new Tally(expected.tables.map((t) => t.layout));
  s.check('document.tables', expected.tables.length, doc.tables.length, -1);
  s.check('document.errors', 0, doc.errors.length, -1);
  const pairs = new Map(align(expected.tables, doc.tables, (e, a) => tableKey(e) === tableKey(a)));
  const matchedActual = new Set(pairs.values());
  const falseWarnings: { table: number | null; code: string; message: string }[] = [];
  expected.tables.forEach((e, t) => {
    const a = pairs.has(t) ? doc.tables[pairs.get(t)!] : undefined;
    scoreTable(s, t, e, a);
    if (e.consistent && a) for (const f of a.findings) if (isWarning(f.severity)) falseWarnings.push({ table: t, code: f.code, message: f.message });
  });
  doc.tables.forEach((a, j) => {
    if (matchedActual.has(j)) return;
    for (const f of a.findings) if (isWarning(f.severity)) falseWarnings.push({ table: null, code: f.code, message: f.message });
  });
  const totals = Object.values(s.byField).reduce((acc, v) => ({ correct: acc.correct + v.correct, total: acc.total + v.total }), { correct: 0, total: 0 });
  return { file: expected.file, ...totals, byField: s.byField, byLayout: s.byLayout, misses: s.misses, falseWarnings, spuriousTables: doc.tables.length - matchedActual.size, pooled: scorePooled(expected, doc) };
}

export const percent = (correct: number, total: number): string => (total === 0 ? '100.0%' : `${((100 * correct) / total).toFixed(1)}%`);
