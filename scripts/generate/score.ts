/**
 * Field-by-field comparison of extracted Documents with the generator's expected tables.
 * Per-field accuracy is tallied per document and summed per perturbation class and layout;
 * every wrong field becomes a Mismatch carrying the document seed, so a failure can be
 * regenerated with `generateDocument(seed, { layout, perturbations })`.
 */
import type { Document, Table, Indicator, FundsRow } from '../../schemas/record.js';
import type { ExpectedIndicator, ExpectedTable, ExpectedFundsRow } from './expected.js';
import type { ParsedValue } from './oracle.js';

export const FIELDS = [
  'document.tables', 'document.errors', 'document.encoding',
  'table.kind', 'table.title', 'table.year', 'table.project', 'table.department', 'table.implementer', 'table.region',
  'table.unit', 'table.goals.expected', 'table.goals.actual', 'table.total.weight', 'table.total.score',
  'table.level1_weights', 'table.indicator_count', 'table.findings.required', 'table.findings.forbidden',
  'funds.item', 'funds.initial_budget', 'funds.annual_budget', 'funds.executed', 'funds.weight', 'funds.rate', 'funds.score',
  'indicator.level1', 'indicator.level2', 'indicator.name', 'indicator.target', 'indicator.actual', 'indicator.weight',
  'indicator.score', 'indicator.deviation', 'indicator.target_parsed', 'indicator.actual_parsed', 'indicator.line',
] as const;
export type Field = (typeof FIELDS)[number];

export interface Tally { readonly correct: number; readonly total: number }
export type Tallies = Partial<Record<Field, Tally>>;

export interface Mismatch {
  readonly seed: number;
  readonly file: string;
  readonly class: string;
  readonly layout: string;
  readonly perturbations: readonly string[];
  /** index of the expected table in the document */
  readonly table: number;
  /** index of the expected indicator / funds row, when the field is one */
  readonly row?: number;
  readonly field: Field;
  readonly expected: unknown;
  readonly actual: unknown;
}

/** What the scorer needs to know about a generated document (a GeneratedDocument fits). */
export interface ScoredInput {
  readonly seed: number;
  readonly file: string;
  readonly class: string;
  readonly layout: string;
  readonly perturbations: readonly string[];
  readonly encoding: string;
  readonly expected: readonly ExpectedTable[];
}

export interface DocumentScore {
  readonly seed: number;
  readonly class: string;
  readonly layout: string;
  readonly tallies: Tallies;
  readonly mismatches: readonly Mismatch[];
}

export const accuracy = (t: Tally | undefined): number => (!t || t.total === 0 ? 1 : t.correct / t.total);

// ---------------------------------------------------------------- equality

const sameNumber = (a: unknown, b: unknown): boolean =>
  typeof a === 'number' && typeof b === 'number' ? a === b || (a === 0 && b === 0) : a === b;

const sameParsed = (e: ParsedValue, a: unknown): boolean => {
  if (a === null || typeof a !== 'object') return false;
  const p = a as Partial<ParsedValue>;
  return (p.comparator ?? null) === e.comparator && sameNumber(p.value ?? null, e.value)
    && sameNumber(p.value_max ?? null, e.value_max) && (p.unit ?? null) === e.unit;
};

const sameRecord = (e: Readonly<Record<string, number>>, a: unknown): boolean => {
  if (a === null || typeof a !== 'object') return false;
  const r = a as Record<string, unknown>;
  const keys = new Set([...Object.keys(e), ...Object.keys(r)]);
  return [...keys].every((k) => sameNumber(e[k], r[k]));
};

const encodingKey = (s: string | null | undefined): string => (s ?? '').toLowerCase().replace(/[-_\s]/g, '');

// ---------------------------------------------------------------- alignment

/** Longest common subsequence of two key lists: pairs of matched indexes, in order. */
export function align<A, B>(as: readonly A[], bs: readonly B[], same: (a: A, b: B) => boolean): Array<[number, number]> {
  if (as.length === bs.length) return as.map((_, i) => [i, i]);
  const n = as.length;
  const m = bs.length;
  const dp: number[][] = Array.from({ length: n + 1 }, () => new Array<number>(m + 1).fill(0));
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) dp[i]![j] = same(as[i]!, bs[j]!) ? dp[i + 1]![j + 1]! + 1 : Math.max(dp[i + 1]![j]!, dp[i]![j + 1]!);
  }
  const pairs: Array<[number, number]> = [];
  for (let i = 0, j = 0; i < n && j < m;) {
    if (same(as[i]!, bs[j]!)) { pairs.push([i, j]); i++; j++; } else if (dp[i + 1]![j]! >= dp[i]![j + 1]!) i++; else j++;
  }
  return pairs;
}

// ---------------------------------------------------------------- scoring

type Counts = Record<string, { correct: number; total: number }>;

class Scorer {
  readonly tallies: Counts = {};
  readonly mismatches: Mismatch[] = [];
  constructor(private readonly input: ScoredInput) {}

  check(field: Field, ok: boolean, expected: unknown, actual: unknown, table: number, row?: number): void {
    const t = (this.tallies[field] ??= { correct: 0, total: 0 });
    t.total++;
    if (ok) t.correct++;
    else this.mismatches.push({ seed: this.input.seed, file: this.input.file, class: this.input.class, layout: this.input.layout, perturbations: this.input.perturbations, table, ...(row !== undefined ? { row } : {}), field, expected, actual });
  }

  equal(field: Field, expected: unknown, actual: unknown, table: number, row?: number): void {
    this.check(field, sameNumber(expected, actual ?? null), expected, actual, table, row);
  }
}

const INDICATOR_FIELDS: ReadonlyArray<[Field, (e: ExpectedIndicator) => unknown, (a: Indicator) => unknown]> = [
  ['indicator.level1', (e) => e.level1, (a) => a.level1],
  ['indicator.level2', (e) => e.level2, (a) => a.level2],
  ['indicator.name', (e) => e.name, (a) => a.name],
  ['indicator.target', (e) => e.target, (a) => a.target],
  ['indicator.actual', (e) => e.actual, (a) => a.actual],
  ['indicator.weight', (e) => e.weight, (a) => a.weight],
  ['indicator.score', (e) => e.score, (a) => a.score],
  ['indicator.deviation', (e) => e.deviation, (a) => a.deviation],
  ['indicator.line', (e) => e.line, (a) => a.source?.line ?? null],
];

const FUNDS_FIELDS: ReadonlyArray<[Field, keyof ExpectedFundsRow & keyof FundsRow]> = [
  ['funds.item', 'item'], ['funds.initial_budget', 'initial_budget'], ['funds.annual_budget', 'annual_budget'],
  ['funds.executed', 'executed'], ['funds.weight', 'weight'], ['funds.rate', 'rate'], ['funds.score', 'score'],
];

function scoreIndicators(s: Scorer, t: number, expected: readonly ExpectedIndicator[], actual: readonly Indicator[]): void {
  s.check('table.indicator_count', expected.length === actual.length, expected.length, actual.length, t);
  const pairs = align(expected, actual, (e, a) => e.name === a.name);
  const matched = new Map(pairs);
  expected.forEach((e, k) => {
    const j = matched.get(k);
    const a = j === undefined ? undefined : actual[j];
    for (const [field, ev, av] of INDICATOR_FIELDS) s.equal(field, ev(e), a ? av(a) : '(no matching indicator)', t, k);
    if (e.target_parsed) s.check('indicator.target_parsed', !!a && sameParsed(e.target_parsed, a.target_parsed), e.target_parsed, a?.target_parsed, t, k);
    if (e.actual_parsed) s.check('indicator.actual_parsed', !!a && sameParsed(e.actual_parsed, a.actual_parsed), e.actual_parsed, a?.actual_parsed, t, k);
  });
}

function scoreFunds(s: Scorer, t: number, expected: readonly ExpectedFundsRow[], actual: readonly FundsRow[]): void {
  const pairs = align(expected, actual, (e, a) => e.item === a.item);
  const matched = new Map(pairs);
  expected.forEach((e, k) => {
    const j = matched.get(k);
    const a = j === undefined ? undefined : actual[j];
    for (const [field, key] of FUNDS_FIELDS) s.equal(field, e[key], a ? a[key] : '(no matching funds row)', t, k);
  });
}

function scoreTable(s: Scorer, t: number, e: ExpectedTable, a: Table | undefined, documentCodes: ReadonlySet<string>): void {
  const missing = '(no matching table)';
  const v = <T>(get: (x: Table) => T): T | string => (a ? get(a) : missing);
  s.equal('table.kind', e.kind, v((x) => x.kind), t);
  s.equal('table.title', e.title, v((x) => x.title), t);
  s.equal('table.year', e.year, v((x) => x.year), t);
  s.equal('table.project', e.project, v((x) => x.project), t);
  s.equal('table.department', e.department, v((x) => x.department), t);
  s.equal('table.implementer', e.implementer, v((x) => x.implementer), t);
  if (e.region !== undefined) s.equal('table.region', e.region, v((x) => x.region ?? null), t);
  s.equal('table.unit', e.unit, v((x) => x.unit), t);
  s.equal('table.goals.expected', e.goals.expected, v((x) => x.goals.expected), t);
  s.equal('table.goals.actual', e.goals.actual, v((x) => x.goals.actual), t);
  s.equal('table.total.weight', e.total.weight, v((x) => x.total.weight), t);
  s.equal('table.total.score', e.total.score, v((x) => x.total.score), t);
  if (e.level1_weights) s.check('table.level1_weights', !!a && sameRecord(e.level1_weights, a.level1_weights), e.level1_weights, a?.level1_weights, t);
  const codes = new Set((a?.findings ?? []).map((f) => f.code));
  for (const code of e.findings.required) s.check('table.findings.required', codes.has(code) || documentCodes.has(code), code, [...codes], t);
  for (const code of e.findings.forbidden) s.check('table.findings.forbidden', a !== undefined && !codes.has(code), `not ${code}`, [...codes], t);
  if (e.funds) scoreFunds(s, t, e.funds, a?.funds ?? []);
  scoreIndicators(s, t, e.indicators, a?.indicators ?? []);
}

const tableKey = (x: { project: string | null; department: string | null; title: string | null }): string => `${x.project ?? ''}|${x.department ?? ''}|${x.title ?? ''}`;

/** Score one extracted document against what the generator says it contains. */
export function scoreDocument(input: ScoredInput, actual: Document): DocumentScore {
  const s = new Scorer(input);
  s.check('document.tables', actual.tables.length === input.expected.length, input.expected.length, actual.tables.length, -1);
  s.check('document.errors', actual.errors.length === 0, [], actual.errors, -1);
  const enc = encodingKey(actual.encoding);
  s.check('document.encoding', input.encoding === 'utf-8' ? enc.startsWith('utf8') : enc === encodingKey(input.encoding), input.encoding, actual.encoding, -1);
  const documentCodes = new Set((actual.findings ?? []).map((f) => f.code));
  const matched = new Map(align(input.expected, actual.tables, (e, a) => tableKey(e) === tableKey(a)));
  input.expected.forEach((e, t) => {
    const j = matched.get(t);
    scoreTable(s, t, e, j === undefined ? undefined : actual.tables[j], documentCodes);
  });
  return { seed: input.seed, class: input.class, layout: input.layout, tallies: s.tallies, mismatches: s.mismatches };
}

// ---------------------------------------------------------------- corpus

export interface CorpusScore {
  readonly documents: number;
  readonly byField: Tallies;
  readonly byClass: Readonly<Record<string, Tallies>>;
  readonly byLayout: Readonly<Record<string, Tallies>>;
  readonly mismatches: readonly Mismatch[];
}

function addInto(into: Counts, from: Tallies): void {
  for (const [field, t] of Object.entries(from) as [Field, Tally][]) {
    const acc = (into[field] ??= { correct: 0, total: 0 });
    acc.correct += t.correct;
    acc.total += t.total;
  }
}

export function scoreCorpus(scores: readonly DocumentScore[]): CorpusScore {
  const byField: Counts = {};
  const byClass: Record<string, Counts> = {};
  const byLayout: Record<string, Counts> = {};
  for (const d of scores) {
    addInto(byField, d.tallies);
    addInto((byClass[d.class] ??= {}), d.tallies);
    addInto((byLayout[d.layout] ??= {}), d.tallies);
  }
  return { documents: scores.length, byField, byClass, byLayout, mismatches: scores.flatMap((d) => d.mismatches) };
}

// ---------------------------------------------------------------- reports

const show = (v: unknown): string => {
  const s = typeof v === 'string' ? v : JSON.stringify(v);
  return s === undefined ? 'undefined' : s.length > 120 ? `${s.slice(0, 117)}...` : s;
};

/** How to regenerate the document a mismatch came from. */
export const recipe = (m: Pick<Mismatch, 'seed' | 'layout' | 'perturbations'>): string =>
  `generateDocument(${m.seed}, ${JSON.stringify({ layout: m.layout, perturbations: m.perturbations })})`;

/** The first `limit` mismatches, each with the call that regenerates its document. */
export function formatMismatches(mismatches: readonly Mismatch[], limit = 30): string {
  const lines = mismatches.slice(0, limit).map((m) =>
    `${m.field} — seed ${m.seed} [${m.class}, ${m.layout}] table ${m.table}${m.row !== undefined ? ` row ${m.row}` : ''}\n    expected ${show(m.expected)}\n    actual   ${show(m.actual)}\n    from     ${recipe(m)}`);
  if (mismatches.length > limit) lines.push(`… and ${mismatches.length - limit} more`);
  return lines.join('\n');
}

/** A fields × groups accuracy table (groups: classes or layouts). */
export function formatAccuracy(groups: Readonly<Record<string, Tallies>>, fields: readonly Field[] = FIELDS): string {
  const names = Object.keys(groups).sort();
  const width = Math.max(...fields.map((f) => f.length));
  const head = `${'field'.padEnd(width)}  ${names.map((n) => n.slice(0, 10).padStart(10)).join(' ')}`;
  const rows = fields.map((f) => `${f.padEnd(width)}  ${names.map((n) => {
    const t = groups[n]![f];
    return (t ? (accuracy(t) * 100).toFixed(1) + '%' : '-').padStart(10);
  }).join(' ')}`);
  return [head, ...rows].join('\n');
}
