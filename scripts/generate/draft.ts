/**
 * The numeric skeleton of a spec while it is being built: integers only (see scaled.ts), so that
 * totals, rates and injected errors are exact. Mutable because it is local to one build; the
 * finished TableSpec is immutable.
 */
import type { GeneratedKind } from './table-spec.js';
import type { Level1Name } from './indicator-names.js';
import { POINT, mulDivRound } from './scaled.js';

export interface FundsDraft {
  item: string;
  /** money in hundredths of the table's unit; null = blank cell */
  initial: number | null;
  annual: number | null;
  executed: number | null;
  /** POINT units; null = blank or the `weightMark` */
  weight: number | null;
  weightMark: string | null;
  /** 执行率 in units of 0.01%; null = blank */
  rateBp: number | null;
  rateDecimals: 0 | 2;
  /** POINT units */
  score: number | null;
  scoreStyle: 'exact' | 'integer' | 'fixed2';
}

export interface IndicatorDraft {
  weight: number | null;
  score: number | null;
  deviation: string;
}

export interface SpecDraft {
  readonly kind: GeneratedKind;
  funds: FundsDraft[];
  indicators: IndicatorDraft[];
  level1Weights: Array<{ level1: Level1Name; weight: number }>;
  totalWeight: number | null;
  totalScore: number | null;
  /** index of the funds row carrying the headline total (年度资金总额 / 资金来源), -1 if none */
  readonly headline: number;
  /** index of the 当年财政拨款 part row, -1 if none */
  readonly fiscalPart: number;
}

/** 执行率 as the document would print it, from the amounts, to the row's printed precision. */
export function rateOf(f: Pick<FundsDraft, 'annual' | 'executed' | 'rateDecimals'>): number | null {
  if (f.annual === null || f.executed === null || f.annual === 0) return null;
  return f.rateDecimals === 2 ? mulDivRound(f.executed, 10_000, f.annual) : mulDivRound(f.executed, 100, f.annual) * 100;
}

/**
 * 得分 of a funds row as printed: 分值 × min(执行率, 1) (exact in POINT units for whole-number
 * weights), rounded the way the table prints it. Totals are summed from this printed value.
 */
export function fundsScoreOf(f: Pick<FundsDraft, 'weight' | 'rateBp' | 'scoreStyle'>): number | null {
  if (f.weight === null || f.rateBp === null) return null;
  const exact = Math.round((f.weight * Math.min(f.rateBp, 10_000)) / 10_000);
  const roundTo = (unit: number) => Math.floor((exact + unit / 2) / unit) * unit;
  switch (f.scoreStyle) {
    case 'exact': return exact;
    case 'fixed2': return roundTo(POINT / 100);
    // a score exactly halfway stays exact: rounding it would sit on the checker's tolerance edge
    case 'integer': return exact % POINT === POINT / 2 ? exact : roundTo(POINT);
  }
}

/** The sum the 总分 row should print: indicator scores plus the headline funds 得分. */
export function scoreSum(d: SpecDraft): number {
  const indicators = d.indicators.reduce((a, i) => a + (i.score ?? 0), 0);
  const funds = d.headline >= 0 ? d.funds[d.headline]!.score ?? 0 : 0;
  return indicators + funds;
}

export function weightSum(d: SpecDraft): number {
  const indicators = d.indicators.reduce((a, i) => a + (i.weight ?? 0), 0);
  const funds = d.headline >= 0 ? d.funds[d.headline]!.weight ?? 0 : 0;
  return indicators + funds;
}

export const points = (n: number): number => Math.round(n * POINT);
