/**
 * One document as the rows the store writes, keyed by SQL column name. Ids that SQLite assigns
 * (document_id, table_id, project_id) are not here: the store links the rows as it inserts them.
 */
export type SqlValue = string | number | bigint | null;

export interface SourceColumns {
  readonly source_line: number | null;
  readonly source_column: number | null;
  readonly source_page: number | null;
  readonly source_box: string | null;
}

export interface DocumentRow {
  readonly sha256: string;
  readonly path: string;
  readonly format: string;
  readonly encoding: string | null;
  readonly size: number;
  readonly imported_at: string;
  readonly tool_version: string;
  readonly table_count: number;
  readonly indicator_count: number;
}

export interface TableRow {
  readonly ordinal: number;
  readonly kind: string;
  readonly title: string | null;
  readonly year: number | null;
  readonly project: string | null;
  readonly department: string | null;
  readonly implementer: string | null;
  readonly region: string | null;
  readonly period: string | null;
  readonly start_date: string | null;
  readonly end_date: string | null;
  readonly money_unit: string | null;
  readonly total_weight: number | null;
  readonly total_score: number | null;
  readonly level1_weights: string | null;
  readonly funds_count: number;
  readonly indicator_count: number;
  readonly source_line: number | null;
  readonly source_column: number | null;
  readonly source_end_line: number | null;
  readonly source_page: number | null;
  /** JSON of the record's `places` (where each value was printed), null when absent */
  readonly places: string | null;
}

export interface FundsRowColumns extends SourceColumns {
  readonly ordinal: number;
  readonly item: string;
  readonly initial_budget_fen: bigint | null;
  readonly annual_budget_fen: bigint | null;
  readonly executed_fen: bigint | null;
  readonly weight: number | null;
  readonly rate: number | null;
  readonly score: number | null;
  readonly places: string | null;
}

export interface IndicatorRow extends SourceColumns {
  readonly ordinal: number;
  readonly level1: string | null;
  readonly level1_printed: string | null;
  readonly level2: string | null;
  readonly name: string;
  readonly target: string | null;
  readonly target_comparator: string | null;
  readonly target_value: number | null;
  readonly target_value_max: number | null;
  readonly target_unit: string | null;
  readonly actual: string | null;
  readonly actual_comparator: string | null;
  readonly actual_value: number | null;
  readonly actual_value_max: number | null;
  readonly actual_unit: string | null;
  readonly weight: number | null;
  readonly score: number | null;
  readonly deviation: string | null;
  readonly level_evidence: string | null;
  readonly places: string | null;
}

export interface GoalRow {
  readonly which: 'expected' | 'actual';
  readonly text: string;
}

export interface FindingRow extends SourceColumns {
  readonly code: string;
  readonly severity: string;
  readonly message: string;
}

export interface ErrorRow {
  readonly code: string;
  readonly message: string;
}

export interface ProjectRow {
  readonly unit_key: string;
  readonly project_key: string;
  readonly unit: string | null;
  readonly project: string | null;
}

export interface TableRows {
  readonly table: TableRow;
  readonly project: ProjectRow | null;
  readonly funds: readonly FundsRowColumns[];
  readonly indicators: readonly IndicatorRow[];
  readonly goals: readonly GoalRow[];
  readonly findings: readonly FindingRow[];
}

export interface DocumentRows {
  readonly document: DocumentRow;
  readonly tables: readonly TableRows[];
  /** findings about the whole document (table_id null) */
  readonly findings: readonly FindingRow[];
  /** errors the extractor reported next to the tables it kept */
  readonly errors: readonly ErrorRow[];
}
