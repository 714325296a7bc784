import type { Document, Finding, FundsRow, Indicator, Table } from '../schemas/record.js';
import { alignByKey, withOccurrence } from './align.js';

/**
 * What changed between two extractions of the same archive (two tool versions, or a database
 * against a fresh `extract --json`). Pure: records in, a diff out. Places are not compared —
 * paths differ between runs and a moved box is no change of value — only what the record says.
 */
export interface FieldChange {
  readonly field: string;
  readonly a: unknown;
  readonly b: unknown;
}

export type RowDiff =
  | { readonly kind: 'added'; readonly key: string; readonly position: number }
  | { readonly kind: 'removed'; readonly key: string; readonly position: number }
  | { readonly kind: 'changed'; readonly key: string; readonly position: number; readonly fields: readonly FieldChange[] };

export interface TableLabel {
  readonly kind: Table['kind'];
  readonly year: number | null;
  readonly name: string | null;
}

export type TableDiff =
  | { readonly kind: 'added'; readonly position: number; readonly label: TableLabel }
  | { readonly kind: 'removed'; readonly position: number; readonly label: TableLabel }
  | {
    readonly kind: 'changed';
    /** 1-based positions in A and in B */
    readonly positionA: number;
    readonly positionB: number;
    readonly label: TableLabel;
    readonly fields: readonly FieldChange[];
    readonly funds: readonly RowDiff[];
    readonly indicators: readonly RowDiff[];
    readonly findings: MultisetChange;
  };

export interface MultisetChange {
  readonly added: readonly string[];
  readonly removed: readonly string[];
}

export type DocumentDiff =
  | { readonly kind: 'added'; readonly file: string; readonly sha256: string; readonly tables: number }
  | { readonly kind: 'removed'; readonly file: string; readonly sha256: string; readonly tables: number }
  | {
    readonly kind: 'changed';
    readonly file: string;
    readonly fileA: string;
    readonly sha256: string;
    /** the file's content changed too (matched by path) */
    readonly sha256A: string;
    readonly errors: MultisetChange;
    readonly findings: MultisetChange;
    readonly tables: readonly TableDiff[];
  };

export interface DiffCounts {
  readonly documentsA: number;
  readonly documentsB: number;
  readonly documentsAdded: number;
  readonly documentsRemoved: number;
  readonly documentsChanged: number;
  readonly tablesAdded: number;
  readonly tablesRemoved: number;
  readonly tablesChanged: number;
  readonly indicatorsChanged: number;
}

export interface DocumentsDiff {
  readonly equal: boolean;
  readonly counts: DiffCounts;
  /** only the documents that differ, in B's order (removed ones last) */
  readonly documents: readonly DocumentDiff[];
}

const TABLE_FIELDS = {
  kind: (t) => t.kind, title: (t) => t.title, year: (t) => t.year, project: (t) => t.project,
  department: (t) => t.department, implementer: (t) => t.implementer, unit: (t) => t.unit,
  region: (t) => t.region, period: (t) => t.period, start_date: (t) => t.start_date, end_date: (t) => t.end_date,
  'goals.expected': (t) => t.goals.expected, 'goals.actual': (t) => t.goals.actual,
  'total.weight': (t) => t.total.weight, 'total.score': (t) => t.total.score,
  level1_weights: (t) => t.level1_weights,
} satisfies Record<string, (t: Table) => unknown>;

const INDICATOR_FIELDS = ['level1', 'level2', 'name', 'target', 'actual', 'weight', 'score', 'deviation'] as const satisfies readonly (keyof Indicator)[];
const FUNDS_FIELDS = ['item', 'initial_budget', 'annual_budget', 'executed', 'weight', 'rate', 'score'] as const satisfies readonly (keyof FundsRow)[];

/** undefined and null are the same absence; objects compare by content */
const same = (a: unknown, b: unknown): boolean => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

function fieldChanges<T>(a: T, b: T, fields: Readonly<Record<string, (x: T) => unknown>>): FieldChange[] {
  const changes: FieldChange[] = [];
  for (const [field, get] of Object.entries(fields)) {
    const va = get(a) ?? null;
    const vb = get(b) ?? null;
    if (!same(va, vb)) changes.push({ field, a: va, b: vb });
  }
  return changes;
}

const getters = <T>(names: readonly (keyof T & string)[]): Record<string, (x: T) => unknown> =>
  Object.fromEntries(names.map((n) => [n, (x: T) => x[n]]));

function multisetChange(as: readonly string[], bs: readonly string[]): MultisetChange {
  const left = new Map<string, number>();
  for (const a of as) left.set(a, (left.get(a) ?? 0) + 1);
  const added: string[] = [];
  for (const b of bs) {
    const n = left.get(b) ?? 0;
    if (n > 0) left.set(b, n - 1);
    else added.push(b);
  }
  const removed = [...left].flatMap(([a, n]) => new Array<string>(n).fill(a));
  return { added, removed };
}

const findingText = (f: Finding): string => `${f.code}: ${f.message}`;

function rowDiffs<T>(as: readonly T[], bs: readonly T[], name: (row: T) => string, fields: Record<string, (x: T) => unknown>): RowDiff[] {
  const ka = withOccurrence(as, name);
  const kb = withOccurrence(bs, name);
  const diffs: RowDiff[] = [];
  for (const pair of alignByKey(as, bs, ka, kb)) {
    if (pair.kind === 'added') diffs.push({ kind: 'added', key: kb[pair.bIndex]!, position: pair.bIndex + 1 });
    else if (pair.kind === 'removed') diffs.push({ kind: 'removed', key: ka[pair.aIndex]!, position: pair.aIndex + 1 });
    else {
      const changes = fieldChanges(pair.a, pair.b, fields);
      if (changes.length > 0) diffs.push({ kind: 'changed', key: ka[pair.aIndex]!, position: pair.bIndex + 1, fields: changes });
    }
  }
  return diffs;
}

export const tableLabel = (t: Table): TableLabel => ({ kind: t.kind, year: t.year, name: t.project ?? t.department ?? t.title });

/** Tables are identified by kind, year and name (with occurrence); what is left is paired by position. */
const tableKeys = (tables: readonly Table[]): string[] =>
  withOccurrence(tables, (t) => `${t.kind}|${t.year ?? ''}|${t.project ?? t.department ?? t.title ?? ''}`);

export function diffTables(as: readonly Table[], bs: readonly Table[]): TableDiff[] {
  const diffs: TableDiff[] = [];
  for (const pair of alignByKey(as, bs, tableKeys(as), tableKeys(bs))) {
    if (pair.kind === 'added') { diffs.push({ kind: 'added', position: pair.bIndex + 1, label: tableLabel(pair.b) }); continue; }
    if (pair.kind === 'removed') { diffs.push({ kind: 'removed', position: pair.aIndex + 1, label: tableLabel(pair.a) }); continue; }
    const { a, b } = pair;
    const fields = fieldChanges(a, b, TABLE_FIELDS);
    const funds = rowDiffs(a.funds, b.funds, (f) => f.item, getters<FundsRow>(FUNDS_FIELDS));
    const indicators = rowDiffs(a.indicators, b.indicators, (i) => i.name, getters<Indicator>(INDICATOR_FIELDS));
    const findings = multisetChange(a.findings.map(findingText), b.findings.map(findingText));
    if (fields.length + funds.length + indicators.length + findings.added.length + findings.removed.length > 0) {
      diffs.push({ kind: 'changed', positionA: pair.aIndex + 1, positionB: pair.bIndex + 1, label: tableLabel(b), fields, funds, indicators, findings });
    }
  }
  return diffs;
}

const baseName = (file: string): string => file.split(/[\\/]/).pop() ?? file;

/**
 * Documents are matched by content (sha256), then by path, then by file name when that name is
 * unique on both sides (one archive extracted from two folders).
 */
function matchDocuments(as: readonly Document[], bs: readonly Document[]): Map<Document, Document> {
  const matched = new Map<Document, Document>();
  const taken = new Set<Document>();
  const strategies: ((d: Document) => string)[] = [(d) => `sha:${d.sha256}`, (d) => `path:${d.file}`, (d) => `name:${baseName(d.file)}`];
  for (const key of strategies) {
    const unique = (docs: readonly Document[]) => {
      const byKey = new Map<string, Document | null>();
      for (const d of docs) byKey.set(key(d), byKey.has(key(d)) ? null : d);
      return byKey;
    };
    const open = unique(as.filter((d) => !matched.has(d)));
    for (const [k, b] of unique(bs.filter((d) => !taken.has(d)))) {
      const a = open.get(k);
      if (a && b) { matched.set(a, b); taken.add(b); }
    }
  }
  return matched;
}

const NO_PLACE = { file: '', line: null, column: null } as const;

/**
 * Only what the diff compares: places, parsed forms and evidence dropped, so two archives'
 * records held side by side cost a fraction of their JSON.
 */
export function comparableDocument(d: Document): Document {
  const finding = (f: Finding): Finding => ({ code: f.code, severity: f.severity, message: f.message, source: null });
  return {
    file: d.file, sha256: d.sha256, format: d.format, encoding: d.encoding, errors: d.errors,
    ...(d.findings && { findings: d.findings.map(finding) }),
    tables: d.tables.map((t) => ({
      kind: t.kind, title: t.title, year: t.year, project: t.project, department: t.department, implementer: t.implementer,
      unit: t.unit, region: t.region, period: t.period, start_date: t.start_date, end_date: t.end_date,
      goals: t.goals, total: t.total, source: NO_PLACE, findings: t.findings.map(finding),
      ...(t.level1_weights && { level1_weights: t.level1_weights }),
      funds: t.funds.map((f) => Object.fromEntries(FUNDS_FIELDS.map((k) => [k, f[k]])) as unknown as FundsRow),
      indicators: t.indicators.map((i) => Object.fromEntries(INDICATOR_FIELDS.map((k) => [k, i[k]])) as unknown as Indicator),
    })),
  };
}

export function diffDocuments(as: readonly Document[], bs: readonly Document[]): DocumentsDiff {
  const pairs = matchDocuments(as, bs);
  const aOf = new Map([...pairs].map(([a, b]) => [b, a]));
  const documents: DocumentDiff[] = [];
  for (const b of bs) {
    const a = aOf.get(b);
    if (!a) { documents.push({ kind: 'added', file: b.file, sha256: b.sha256, tables: b.tables.length }); continue; }
    const tables = diffTables(a.tables, b.tables);
    const errors = multisetChange(a.errors.map((e) => e.code), b.errors.map((e) => e.code));
    const findings = multisetChange((a.findings ?? []).map(findingText), (b.findings ?? []).map(findingText));
    if (tables.length + errors.added.length + errors.removed.length + findings.added.length + findings.removed.length > 0) {
      documents.push({ kind: 'changed', file: b.file, fileA: a.file, sha256: b.sha256, sha256A: a.sha256, errors, findings, tables });
    }
  }
  for (const a of as) if (!pairs.has(a)) documents.push({ kind: 'removed', file: a.file, sha256: a.sha256, tables: a.tables.length });
  const tableDiffs = documents.flatMap((d) => (d.kind === 'changed' ? d.tables : []));
  const count = (kind: TableDiff['kind']) => tableDiffs.filter((t) => t.kind === kind).length;
  const counts: DiffCounts = {
    documentsA: as.length,
    documentsB: bs.length,
    documentsAdded: documents.filter((d) => d.kind === 'added').length,
    documentsRemoved: documents.filter((d) => d.kind === 'removed').length,
    documentsChanged: documents.filter((d) => d.kind === 'changed').length,
    tablesAdded: count('added'),
    tablesRemoved: count('removed'),
    tablesChanged: count('changed'),
    indicatorsChanged: tableDiffs.reduce((n, t) => n + (t.kind === 'changed' ? t.indicators.length : 0), 0),
  };
  return { equal: documents.length === 0, counts, documents };
}
