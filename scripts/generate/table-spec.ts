/**
 * The truth of one generated table, as PRINTED strings (before any perturbation) plus the
 * canonical values the oracle derives from them. Renderers only read the printed side; the
 * expected record only reads the canonical side.
 */
import type { Level1Name } from './indicator-names.js';

export type GeneratedKind = 'project_self_eval' | 'dept_self_eval' | 'target_declaration';
export const GENERATED_KINDS: readonly GeneratedKind[] = ['project_self_eval', 'dept_self_eval', 'target_declaration'];

export type MoneyUnit = '元' | '万元';

/** One printed cell and what it means. */
export interface Printed<T> {
  readonly printed: string;
  readonly value: T;
}

export interface FundsRowSpec {
  readonly item: Printed<string>;
  readonly initial_budget: Printed<number | null>;
  readonly annual_budget: Printed<number | null>;
  readonly executed: Printed<number | null>;
  readonly weight: Printed<number | null>;
  readonly rate: Printed<number | null>;
  readonly score: Printed<number | null>;
}

/** A target declaration's money block: printed only, not part of the checked record. */
export interface DeclarationFundsSpec {
  readonly total: string;
  readonly fiscal: string;
  readonly annualTotal: string;
  readonly annualFiscal: string;
  readonly carryOver: string;
}

export interface IndicatorSpec {
  readonly level1: Level1Name;
  /** the 一级 label as printed (`效果指标` for 效益指标) */
  readonly level1Printed: string;
  readonly level2: string;
  readonly level2Printed: string;
  readonly name: Printed<string>;
  readonly target: Printed<string | null>;
  readonly actual: Printed<string | null>;
  /** whether CONVENTIONS fixes the parsed form of target/actual for this printed form */
  readonly parseable: boolean;
  readonly weight: Printed<number | null>;
  readonly score: Printed<number | null>;
  readonly deviation: Printed<string | null>;
  /** the name's wording reveals its 二级 group */
  readonly revealing: boolean;
}

export interface Level1WeightSpec {
  readonly level1: Level1Name;
  readonly weight: Printed<number>;
}

/** Arithmetic inconsistencies a spec can carry on purpose, each tied to the finding it must raise. */
export type Injection =
  | 'total_score_wrong'
  | 'total_weight_wrong'
  | 'execution_rate_wrong'
  | 'funds_score_wrong'
  | 'score_exceeds_weight'
  | 'funds_parts_wrong'
  | 'level1_weight_wrong';

export interface TableSpec {
  readonly kind: GeneratedKind;
  readonly title: Printed<string>;
  /** the line under the title: `（ 2022 年度）`, `申报时段：(2023年1月-2023年12月)` */
  readonly yearLine: string;
  readonly year: number;
  readonly period: string | null;
  readonly project: Printed<string> | null;
  readonly department: Printed<string> | null;
  readonly implementer: Printed<string> | null;
  /** department tables: 街镇名称 */
  readonly region: Printed<string> | null;
  readonly unit: MoneyUnit | null;
  /** the funds block label as printed: `项目资金 (万元)`, `项目资金(元)`, `整体支出规模` */
  readonly fundsLabel: string;
  readonly funds: readonly FundsRowSpec[];
  readonly declarationFunds: DeclarationFundsSpec | null;
  readonly goals: { readonly expected: Printed<string>; readonly actual: Printed<string> | null };
  readonly indicators: readonly IndicatorSpec[];
  readonly level1Weights: readonly Level1WeightSpec[];
  readonly total: { readonly weight: Printed<number>; readonly score: Printed<number> } | null;
  /** department tables: 部门职责, 下属单位个数 */
  readonly duties: string | null;
  readonly subunits: string | null;
  readonly startDate: string | null;
  readonly endDate: string | null;
  readonly injections: readonly Injection[];
}
