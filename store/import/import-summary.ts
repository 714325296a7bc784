import type { Severity } from '../../schemas/finding-codes.js';

/** What happened to one file. */
export type FileOutcome =
  | ({ readonly kind: 'imported' } & WrittenCounts)
  | ({ readonly kind: 'replaced' } & WrittenCounts)
  | { readonly kind: 'skipped' }
  | FailedOutcome;

export interface WrittenCounts {
  readonly tables: number;
  readonly indicators: number;
  readonly findings: Readonly<Record<Severity, number>>;
}

export interface FailedOutcome {
  readonly kind: 'failed';
  readonly path: string;
  readonly errors: readonly { readonly code: string; readonly message: string }[];
}

export interface FailureNote {
  readonly path: string;
  readonly code: string;
  readonly message: string;
}

export interface ImportSummary {
  readonly files: number;
  readonly imported: number;
  readonly replaced: number;
  readonly skipped: number;
  readonly failed: number;
  readonly tables: number;
  readonly indicators: number;
  readonly findings: Readonly<Record<Severity, number>>;
  /** files inside folders passed over as no archive document (.md, .json, code, databases) */
  readonly passedOver: number;
  /** the first of them, to show */
  readonly passedOverExamples: readonly string[];
  /** the first failures (the whole list is in the import_errors table) */
  readonly failures: readonly FailureNote[];
  readonly interrupted: boolean;
  readonly elapsedMs: number;
  /** of which the main thread spent turning records into rows and writing them */
  readonly storeMs: number;
  readonly peakRssBytes: number;
}

/** Failures kept in memory for the summary; the database keeps them all. */
export const FAILURES_LISTED = 20;

export const emptySummary = (): ImportSummary => ({
  files: 0, imported: 0, replaced: 0, skipped: 0, failed: 0, tables: 0, indicators: 0,
  findings: { error: 0, warning: 0, info: 0 }, passedOver: 0, passedOverExamples: [], failures: [], interrupted: false, elapsedMs: 0, storeMs: 0, peakRssBytes: 0,
});

type Tally<K extends FileOutcome['kind']> = (s: ImportSummary, o: Extract<FileOutcome, { kind: K }>) => ImportSummary;

const written = (s: ImportSummary, o: { readonly kind: 'imported' | 'replaced' } & WrittenCounts): ImportSummary => ({
  ...s,
  imported: s.imported + 1,
  replaced: s.replaced + (o.kind === 'replaced' ? 1 : 0),
  tables: s.tables + o.tables,
  indicators: s.indicators + o.indicators,
  findings: {
    error: s.findings.error + o.findings.error,
    warning: s.findings.warning + o.findings.warning,
    info: s.findings.info + o.findings.info,
  },
});

const TALLY: { readonly [K in FileOutcome['kind']]: Tally<K> } = {
  imported: written,
  replaced: written,
  skipped: (s) => ({ ...s, skipped: s.skipped + 1 }),
  failed: (s, o) => ({
    ...s,
    failed: s.failed + 1,
    failures: s.failures.length < FAILURES_LISTED
      ? [...s.failures, { path: o.path, code: o.errors[0]?.code ?? 'NO_TABLE_FOUND', message: o.errors[0]?.message ?? '' }]
      : s.failures,
  }),
};

/** Adds one file's outcome to the running summary. */
export const tally = (summary: ImportSummary, outcome: FileOutcome): ImportSummary =>
  (TALLY[outcome.kind] as Tally<FileOutcome['kind']>)({ ...summary, files: summary.files + 1 }, outcome);
