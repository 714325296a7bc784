/**
 * The accuracy of the reader on fixtures/layout-text/: each case's input.txt through
 * extractDocument, scored field by field against its expected.json with the generated corpus'
 * scorer (scripts/generate/score.ts), plus the two numbers issue 7 asks for: planted
 * inconsistencies found / missed, and warnings on tables that are consistent.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { extractDocument } from '../../pipeline/extract-document.js';
import type { Document, Table } from '../../schemas/record.js';
import type { ExpectedTable } from '../generate/expected.js';
import { FIELDS, align, scoreCorpus, scoreDocument, type CorpusScore, type DocumentScore, type Field, type Tallies } from '../generate/score.js';
import type { LayoutExpected } from './expected-case.js';

/** The repository root: this module runs from scripts/ (vitest) and from dist/scripts/ (npm run). */
function repoRoot(): string {
  let dir = import.meta.dirname;
  while (!existsSync(join(dir, 'package.json')) && dirname(dir) !== dir) dir = dirname(dir);
  return dir;
}

export const LAYOUT_TEXT_FIXTURES = join(repoRoot(), 'fixtures', 'layout-text');

/** Line numbers are pdftotext's, not the spec's; findings are counted apart. */
const NOT_FIELDS: ReadonlySet<Field> = new Set<Field>(['indicator.line', 'table.findings.required', 'table.findings.forbidden']);
export const RECORD_FIELDS: readonly Field[] = FIELDS.filter((f) => !NOT_FIELDS.has(f));

export interface PlantedResult { readonly table: number; readonly code: string; readonly found: boolean }
export interface FalseWarning { readonly table: number; readonly code: string; readonly message: string }

export interface CaseResult {
  readonly name: string;
  readonly description: string;
  readonly score: DocumentScore;
  /** record fields right / scored */
  readonly fields: { readonly correct: number; readonly total: number };
  readonly planted: readonly PlantedResult[];
  /** warnings and errors on tables printed without any planted error */
  readonly falseWarnings: readonly FalseWarning[];
  readonly consistentTables: number;
}

export const layoutTextCaseNames = (root = LAYOUT_TEXT_FIXTURES): string[] =>
  existsSync(root) ? readdirSync(root).filter((d) => existsSync(join(root, d, 'expected.json')) && existsSync(join(root, d, 'input.txt'))).sort() : [];

export const readExpected = (name: string, root = LAYOUT_TEXT_FIXTURES): LayoutExpected =>
  JSON.parse(readFileSync(join(root, name, 'expected.json'), 'utf8')) as LayoutExpected;

const tableKey = (x: { project: string | null; department: string | null; title: string | null }): string => `${x.project ?? ''}|${x.department ?? ''}|${x.title ?? ''}`;

const sumFields = (t: Tallies, fields: readonly Field[]) =>
  fields.reduce((acc, f) => ({ correct: acc.correct + (t[f]?.correct ?? 0), total: acc.total + (t[f]?.total ?? 0) }), { correct: 0, total: 0 });

/** Scores one extracted document against a case's expected records. */
export function scoreCase(name: string, expected: LayoutExpected, doc: Document): CaseResult {
  // the scorer wants line numbers; 0 everywhere, and the line field is left out of every sum
  const tables: ExpectedTable[] = expected.tables.map((t) => ({ ...t, line: 0, indicators: t.indicators.map((i) => ({ ...i, line: 0 })) }));
  const score = scoreDocument({ seed: expected.seed, file: `${name}/input.txt`, class: name, layout: 'pdftotext-layout', perturbations: [], encoding: expected.encoding, expected: tables }, doc);
  const matched = new Map(align(tables, doc.tables, (e, a) => tableKey(e) === tableKey(a)));
  const actualOf = (t: number): Table | undefined => { const j = matched.get(t); return j === undefined ? undefined : doc.tables[j]; };
  const planted: PlantedResult[] = [];
  const falseWarnings: FalseWarning[] = [];
  let consistentTables = 0;
  tables.forEach((e, t) => {
    const a = actualOf(t);
    const codes = new Set((a?.findings ?? []).map((f) => f.code));
    for (const code of e.findings.required) planted.push({ table: t, code, found: codes.has(code) });
    if (e.injections.length === 0) {
      consistentTables++;
      for (const f of a?.findings ?? []) if (f.severity !== 'info') falseWarnings.push({ table: t, code: f.code, message: f.message });
    }
  });
  return { name, description: expected.description, score, fields: sumFields(score.tallies, RECORD_FIELDS), planted, falseWarnings, consistentTables };
}

export async function runCase(name: string, root = LAYOUT_TEXT_FIXTURES): Promise<CaseResult> {
  const bytes = readFileSync(join(root, name, 'input.txt'));
  const doc = await extractDocument(bytes, { file: `fixtures/layout-text/${name}/input.txt` });
  return scoreCase(name, readExpected(name, root), doc);
}

export interface CorpusResult {
  readonly cases: readonly CaseResult[];
  readonly corpus: CorpusScore;
  readonly fieldAccuracy: number;
  readonly planted: { readonly found: number; readonly total: number };
  readonly falseWarnings: number;
  readonly consistentTables: number;
}

export function summarize(cases: readonly CaseResult[]): CorpusResult {
  const fields = cases.reduce((acc, c) => ({ correct: acc.correct + c.fields.correct, total: acc.total + c.fields.total }), { correct: 0, total: 0 });
  const planted = cases.flatMap((c) => c.planted);
  return {
    cases,
    corpus: scoreCorpus(cases.map((c) => c.score)),
    fieldAccuracy: fields.total ? fields.correct / fields.total : 1,
    planted: { found: planted.filter((p) => p.found).length, total: planted.length },
    falseWarnings: cases.reduce((n, c) => n + c.falseWarnings.length, 0),
    consistentTables: cases.reduce((n, c) => n + c.consistentTables, 0),
  };
}
