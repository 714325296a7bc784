import type { Document, Finding, FundsPlaces, FundsRow, Indicator, IndicatorPlaces, Level1, ParsedValue, Table, TablePlaces } from '../../schemas/record.js';
import type { Place } from '../../schemas/place.js';
import type { FindingCode } from '../../schemas/finding-codes.js';
import { fenToYuan } from '../money.js';
import type { DocumentRows, FindingRow, FundsRowColumns, GoalRow, IndicatorRow, SourceColumns, TableRows } from '../rows.js';

type FenColumn = 'initial_budget_fen' | 'annual_budget_fen' | 'executed_fen';
/** funds as read back: SQLite integers come back as numbers */
export type StoredFundsRow = Omit<FundsRowColumns, FenColumn> & { readonly [K in FenColumn]: number | bigint | null };

/** What the store wrote (rows.ts), as read back: no project row, funds amounts as SQLite integers. */
export type StoredTable = Omit<TableRows, 'project' | 'funds'> & { readonly funds: readonly StoredFundsRow[] };
export type StoredDocumentRows = Omit<DocumentRows, 'tables'> & { readonly tables: readonly StoredTable[] };

export function documentFromRows(rows: StoredDocumentRows): Document {
  const file = rows.document.path;
  return {
    file,
    sha256: rows.document.sha256,
    format: rows.document.format as Document['format'],
    encoding: rows.document.encoding,
    size: rows.document.size,
    tables: rows.tables.map((t) => tableFromRows(t, file)),
    errors: rows.errors.map(({ code, message }) => ({ code: code as FindingCode, message })),
    findings: rows.findings.map((f) => findingFromRow(f, file)),
  };
}

function tableFromRows({ table: t, funds, indicators, goals, findings }: StoredTable, file: string): Table {
  const goal = (which: GoalRow['which']) => goals.find((g) => g.which === which)?.text ?? null;
  return {
    kind: t.kind as Table['kind'],
    title: t.title,
    year: t.year,
    project: t.project,
    department: t.department,
    implementer: t.implementer,
    unit: t.money_unit as Table['unit'],
    funds: funds.map((f) => fundsFromRow(f, file)),
    goals: { expected: goal('expected'), actual: goal('actual') },
    indicators: indicators.map((i) => indicatorFromRow(i, file)),
    total: { weight: t.total_weight, score: t.total_score },
    findings: findings.map((f) => findingFromRow(f, file)),
    source: {
      file, line: t.source_line, column: t.source_column,
      ...(t.source_end_line !== null && { endLine: t.source_end_line }),
      ...(t.source_page !== null && { page: t.source_page }),
    },
    region: t.region,
    period: t.period,
    start_date: t.start_date,
    end_date: t.end_date,
    ...(t.level1_weights !== null && { level1_weights: JSON.parse(t.level1_weights) as Record<string, number> }),
    ...placesOf<TablePlaces>(t.places),
  };
}

const yuan = (fen: number | bigint | null): number | null => (fen === null ? null : fenToYuan(fen));

const fundsFromRow = (f: StoredFundsRow, file: string): FundsRow => ({
  item: f.item,
  initial_budget: yuan(f.initial_budget_fen),
  annual_budget: yuan(f.annual_budget_fen),
  executed: yuan(f.executed_fen),
  weight: f.weight,
  rate: f.rate,
  score: f.score,
  source: placeFromColumns(f, file),
  ...placesOf<FundsPlaces>(f.places),
});

const indicatorFromRow = (i: IndicatorRow, file: string): Indicator => ({
  level1: i.level1 as Level1 | null,
  level2: i.level2,
  name: i.name,
  target: i.target,
  actual: i.actual,
  weight: i.weight,
  score: i.score,
  deviation: i.deviation,
  level1_printed: i.level1_printed,
  // a printed value always has a parse (all null when it holds no number); no text, no parse
  target_parsed: i.target === null ? null : parsed(i.target_comparator, i.target_value, i.target_value_max, i.target_unit),
  actual_parsed: i.actual === null ? null : parsed(i.actual_comparator, i.actual_value, i.actual_value_max, i.actual_unit),
  ...(i.level_evidence !== null && { level_evidence: i.level_evidence }),
  source: placeFromColumns(i, file),
  ...placesOf<IndicatorPlaces>(i.places),
});

const parsed = (comparator: string | null, value: number | null, value_max: number | null, unit: string | null): ParsedValue => ({
  comparator: comparator as ParsedValue['comparator'], value, value_max, unit,
});

const findingFromRow = (f: FindingRow, file: string): Finding => ({
  // the store writes only codes of the list
  code: f.code as FindingCode,
  severity: f.severity as Finding['severity'],
  message: f.message,
  source: placeFromColumns(f, file),
});

/** null when the record had no place (every source column empty) */
function placeFromColumns(s: SourceColumns, file: string): Place | null {
  if (s.source_line === null && s.source_column === null && s.source_page === null && s.source_box === null) return null;
  return {
    file, line: s.source_line, column: s.source_column,
    ...(s.source_page !== null && { page: s.source_page }),
    ...(s.source_box !== null && { box: JSON.parse(s.source_box) as [number, number, number, number] }),
  };
}

/** the record's `places`, stored as JSON; absent when the record had none */
const placesOf = <P>(json: string | null | undefined): { places?: P } => (json == null ? {} : { places: JSON.parse(json) as P });
