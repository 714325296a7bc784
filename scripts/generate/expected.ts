/**
 * What the extractor must produce for a generated table: the canonical values of the spec
 * (CONVENTIONS.md, computed by the oracle), the source lines the renderer put the rows on, and
 * the findings the table must and must not carry. `undefined` means "not checked".
 */
import type { FindingCode } from '../../schemas/finding-codes.js';
import type { GeneratedKind, Injection, TableSpec } from './table-spec.js';
import { expectedFindings } from './inconsistencies.js';
import { parseValue, type ParsedValue } from './oracle.js';

export interface ExpectedIndicator {
  readonly level1: string;
  readonly level2: string;
  readonly name: string;
  readonly target: string | null;
  readonly actual: string | null;
  readonly weight: number | null;
  readonly score: number | null;
  readonly deviation: string | null;
  readonly target_parsed?: ParsedValue;
  readonly actual_parsed?: ParsedValue;
  /** 1-based line of the row's first line in the generated text */
  readonly line: number;
}

export interface ExpectedFundsRow {
  readonly item: string;
  readonly initial_budget: number | null;
  readonly annual_budget: number | null;
  readonly executed: number | null;
  readonly weight: number | null;
  readonly rate: number | null;
  readonly score: number | null;
}

export interface ExpectedFindings {
  /** must appear on the table (or on the document, for document-wide notes) */
  readonly required: readonly FindingCode[];
  /** must not appear on the table */
  readonly forbidden: readonly FindingCode[];
}

export interface ExpectedTable {
  readonly kind: GeneratedKind;
  readonly title: string;
  readonly year: number;
  readonly project: string | null;
  readonly department: string | null;
  readonly implementer: string | null;
  readonly region?: string | null;
  readonly unit: '元' | '万元' | null;
  /** null: the funds of this kind are not checked (申报表 money blocks have no record mapping) */
  readonly funds: readonly ExpectedFundsRow[] | null;
  readonly goals: { readonly expected: string | null; readonly actual: string | null };
  readonly indicators: readonly ExpectedIndicator[];
  readonly total: { readonly weight: number | null; readonly score: number | null };
  readonly level1_weights?: Readonly<Record<string, number>>;
  readonly findings: ExpectedFindings;
  readonly injections: readonly Injection[];
  /** 1-based line of the title */
  readonly line: number;
}

export interface Lines {
  readonly title: number;
  /** per indicator of the spec */
  readonly indicators: readonly number[];
}

/** The expected record of one spec, given where its rows ended up and the extra notes it must carry. */
export function expectTable(spec: TableSpec, lines: Lines, notes: readonly FindingCode[]): ExpectedTable {
  const arithmetic = expectedFindings(spec.injections);
  return {
    kind: spec.kind,
    title: spec.title.value,
    year: spec.year,
    project: spec.project?.value ?? null,
    department: spec.department?.value ?? null,
    implementer: spec.implementer?.value ?? null,
    ...(spec.kind === 'dept_self_eval' ? { region: spec.region?.value ?? null } : {}),
    unit: spec.unit,
    funds: spec.kind === 'target_declaration' ? null : spec.funds.map((f) => ({
      item: f.item.value,
      initial_budget: f.initial_budget.value,
      annual_budget: f.annual_budget.value,
      executed: f.executed.value,
      weight: f.weight.value,
      rate: f.rate.value,
      score: f.score.value,
    })),
    goals: { expected: spec.goals.expected.value, actual: spec.goals.actual?.value ?? null },
    indicators: spec.indicators.map((i, k) => ({
      level1: i.level1,
      level2: i.level2,
      name: i.name.value,
      target: i.target.value,
      actual: i.actual.value,
      weight: i.weight.value,
      score: i.score.value,
      deviation: i.deviation.value,
      ...(i.parseable && i.target.value !== null ? { target_parsed: parseValue(i.target.value)! } : {}),
      ...(i.parseable && i.actual.value !== null ? { actual_parsed: parseValue(i.actual.value)! } : {}),
      line: lines.indicators[k]!,
    })),
    total: { weight: spec.total?.weight.value ?? null, score: spec.total?.score.value ?? null },
    ...(spec.level1Weights.length > 0
      ? { level1_weights: Object.fromEntries(spec.level1Weights.map((l) => [l.level1, l.weight.value])) }
      : {}),
    findings: { required: [...arithmetic.required, ...notes], forbidden: arithmetic.forbidden },
    injections: spec.injections,
    line: lines.title,
  };
}
