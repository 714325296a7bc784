import type { Document, Finding, FundsRow, Indicator, ParsedValue, Table } from '../schemas/record.js';
import type { Place } from '../schemas/place.js';
import { defaultSeverity } from '../schemas/finding-codes.js';
import { yuanToFen } from './money.js';
import { projectKeyOf } from './project-key.js';
import type {
  DocumentRows, FindingRow, FundsRowColumns, GoalRow, IndicatorRow, SourceColumns, TableRows,
} from './rows.js';

/** What the importer knows about the file itself (the record's own sha256/size are not trusted). */
export interface FileFacts {
  readonly path: string;
  readonly sha256: string;
  readonly size: number;
  readonly importedAt: string;
  readonly toolVersion: string;
}

/** The pure core of a write: a Document record → the rows of every SQL table. */
export function rowsFromDocument(doc: Document, file: FileFacts): DocumentRows {
  const tables = doc.tables.map((table, i) => tableRows(table, i + 1));
  return {
    document: {
      sha256: file.sha256,
      path: file.path,
      format: doc.format,
      encoding: doc.encoding,
      size: file.size,
      imported_at: file.importedAt,
      tool_version: file.toolVersion,
      table_count: tables.length,
      indicator_count: tables.reduce((n, t) => n + t.indicators.length, 0),
    },
    tables,
    findings: (doc.findings ?? []).map(findingRow),
    errors: doc.errors.map(({ code, message }) => ({ code, message })),
  };
}

function tableRows(table: Table, ordinal: number): TableRows {
  const amountFindings: FindingRow[] = [];
  const funds = table.funds.map((row, i) => fundsRow(row, i + 1, amountFindings));
  const key = projectKeyOf(table);
  return {
    table: {
      ordinal,
      kind: table.kind,
      title: table.title,
      year: table.year,
      project: table.project,
      department: table.department,
      implementer: table.implementer,
      region: table.region ?? null,
      period: table.period ?? null,
      start_date: table.start_date ?? null,
      end_date: table.end_date ?? null,
      money_unit: table.unit,
      total_weight: table.total.weight,
      total_score: table.total.score,
      level1_weights: table.level1_weights ? JSON.stringify(table.level1_weights) : null,
      funds_count: table.funds.length,
      indicator_count: table.indicators.length,
      source_line: table.source.line,
      source_column: table.source.column,
      source_end_line: table.source.endLine ?? null,
      source_page: table.source.page ?? null,
      places: placesJson(table.places),
    },
    project: key && {
      unit_key: key.unitKey,
      project_key: key.projectKey,
      unit: table.implementer ?? table.department,
      project: table.project,
    },
    funds,
    indicators: table.indicators.map((ind, i) => indicatorRow(ind, i + 1)),
    goals: goalRows(table.goals),
    findings: [...table.findings.map(findingRow), ...amountFindings],
  };
}

function fundsRow(row: FundsRow, ordinal: number, findings: FindingRow[]): FundsRowColumns {
  const fen = (column: 'initial_budget' | 'annual_budget' | 'executed'): bigint | null => {
    const value = row[column];
    if (value === null) return null;
    const converted = yuanToFen(value);
    if (!converted || !converted.exact) {
      findings.push({
        code: 'AMOUNT_SUB_FEN',
        severity: defaultSeverity('AMOUNT_SUB_FEN'),
        message: `${row.item} ${column}: ${value} 元 has digits below 1 分; stored as ${converted ? converted.fen : 'null'} 分`,
        ...sourceColumns(row.source ?? null),
      });
    }
    return converted?.fen ?? null;
  };
  return {
    ordinal,
    item: row.item,
    initial_budget_fen: fen('initial_budget'),
    annual_budget_fen: fen('annual_budget'),
    executed_fen: fen('executed'),
    weight: row.weight,
    rate: row.rate,
    score: row.score,
    places: placesJson(row.places),
    ...sourceColumns(row.source ?? null),
  };
}

function indicatorRow(ind: Indicator, ordinal: number): IndicatorRow {
  return {
    ordinal,
    level1: ind.level1,
    level1_printed: ind.level1_printed ?? null,
    level2: ind.level2,
    name: ind.name,
    target: ind.target,
    ...parsedColumns('target', ind.target_parsed ?? null),
    actual: ind.actual,
    ...parsedColumns('actual', ind.actual_parsed ?? null),
    weight: ind.weight,
    score: ind.score,
    deviation: ind.deviation,
    level_evidence: ind.level_evidence ?? null,
    places: placesJson(ind.places),
    ...sourceColumns(ind.source ?? null),
  };
}

type ParsedColumns<P extends string> = {
  [K in `${P}_comparator` | `${P}_value` | `${P}_value_max` | `${P}_unit`]: K extends `${P}_comparator` | `${P}_unit` ? string | null : number | null;
};

function parsedColumns<P extends 'target' | 'actual'>(prefix: P, parsed: ParsedValue | null): ParsedColumns<P> {
  return {
    [`${prefix}_comparator`]: parsed?.comparator ?? null,
    [`${prefix}_value`]: parsed?.value ?? null,
    [`${prefix}_value_max`]: parsed?.value_max ?? null,
    [`${prefix}_unit`]: parsed?.unit ?? null,
  } as ParsedColumns<P>;
}

function goalRows(goals: Table['goals']): GoalRow[] {
  const rows: GoalRow[] = [];
  if (goals.expected !== null) rows.push({ which: 'expected', text: goals.expected });
  if (goals.actual !== null) rows.push({ which: 'actual', text: goals.actual });
  return rows;
}

const findingRow = (f: Finding): FindingRow => ({
  code: f.code,
  severity: f.severity,
  message: f.message,
  ...sourceColumns(f.source),
});

export const sourceColumns = (place: Place | null): SourceColumns => ({
  source_line: place?.line ?? null,
  source_column: place?.column ?? null,
  source_page: place?.page ?? null,
  source_box: place?.box ? JSON.stringify(place.box) : null,
});

const placesJson = (places: object | undefined): string | null => (places === undefined ? null : JSON.stringify(places));
