import type { Finding, Table, FundsRow, Indicator } from '../schemas/record.js';
import type { Place } from '../schemas/place.js';
import { finding } from './findings.js';

/** Printed values with their precision, so a check tolerates exactly the rounding the document did. */
export interface PrintedNumber { readonly value: number; readonly decimals: number; readonly place: Place | null }

export interface CheckInput {
  readonly table: Table;
  readonly totalWeight: PrintedNumber | null;
  readonly totalScore: PrintedNumber | null;
  /** printed 执行率 per funds row, with precision (in percent points) */
  readonly rates: ReadonlyArray<PrintedNumber | null>;
  /** printed 得分 per funds row */
  readonly fundScores: ReadonlyArray<PrintedNumber | null>;
  readonly level1Weights: ReadonlyArray<{ level1: string; weight: PrintedNumber }>;
}

const EPS = 1e-9;
const round = (x: number, d: number) => Math.round(x * 10 ** d) / 10 ** d;
const fmt = (x: number) => String(round(x, 6));

/** The funds row that carries the money total (年度资金总额 / the first row with amounts). */
export function headlineFunds(funds: readonly FundsRow[]): FundsRow | null {
  return funds.find((f) => /总额|合计|总计/.test(f.item)) ?? funds.find((f) => f.annual_budget !== null || f.executed !== null) ?? null;
}

/** Arithmetic checks. Each returns findings; a consistent table yields none. */
export function checkTable(input: CheckInput): Finding[] {
  const { table } = input;
  const out: Finding[] = [];
  const inds = table.indicators;
  const head = headlineFunds(table.funds);
  const headIdx = head ? table.funds.indexOf(head) : -1;
  const fundsWeight = head?.weight ?? null;
  const fundsScore = head?.score ?? null;

  // a 分值 is a share of 100 points: a negative one is an OCR slip or a crafted cell, never a weight
  for (const i of inds) {
    if (i.weight !== null && i.weight < 0) out.push(finding('WEIGHT_NEGATIVE', `${i.name}: 分值 ${fmt(i.weight)} is negative`, i.source ?? table.source));
  }
  for (const f of table.funds) {
    if (f.weight !== null && f.weight < 0) out.push(finding('WEIGHT_NEGATIVE', `${f.item}: 分值 ${fmt(f.weight)} is negative`, f.source ?? table.source));
  }
  // weights sum to the printed total (or 100), funds 分值 included
  const weights = inds.map((i) => i.weight).filter((w): w is number => w !== null);
  if (weights.length > 0) {
    const sum = weights.reduce((a, b) => a + b, 0) + (fundsWeight ?? 0);
    const expected = input.totalWeight?.value ?? 100;
    if (Math.abs(sum - expected) > 0.005 + EPS) {
      const missing = inds.filter((i) => i.weight === null).length;
      out.push(finding('WEIGHT_SUM_MISMATCH', `weights sum to ${fmt(sum)}${fundsWeight !== null ? ` (funds 分值 ${fmt(fundsWeight)} included)` : ''} but the table's total weight is ${fmt(expected)}${missing ? `; ${missing} indicator(s) print no weight` : ''}`, input.totalWeight?.place ?? table.source));
    }
  }
  // scores sum to the printed 总分
  const scores = inds.map((i) => i.score).filter((s): s is number => s !== null);
  if (input.totalScore && scores.length > 0) {
    const sum = scores.reduce((a, b) => a + b, 0) + (fundsScore ?? 0);
    const tol = Math.max(0.5 * 10 ** -input.totalScore.decimals, 0.005) + EPS;
    if (Math.abs(sum - input.totalScore.value) > tol) {
      out.push(finding('SCORE_SUM_MISMATCH', `scores sum to ${fmt(sum)}${fundsScore !== null ? ` (funds 得分 ${fmt(fundsScore)} included)` : ''} but 总分 prints ${fmt(input.totalScore.value)}`, input.totalScore.place));
    }
  }
  // 执行率 ≈ 全年执行数 / 全年预算数, to the printed precision (one unit of the last digit)
  table.funds.forEach((f, k) => {
    const printed = input.rates[k];
    if (!printed || f.executed === null || f.annual_budget === null || f.annual_budget === 0) return;
    const computed = (f.executed / f.annual_budget) * 100;
    const tol = 10 ** -printed.decimals + EPS;
    if (Math.abs(computed - printed.value) > tol) {
      out.push(finding('EXECUTION_RATE_MISMATCH', `${f.item}: 执行率 prints ${fmt(printed.value)}% but 全年执行数 / 全年预算数 = ${fmt(f.executed)} / ${fmt(f.annual_budget)} = ${round(computed, 2)}%`, printed.place));
    }
  });
  // funds 得分 ≈ 分值 × min(执行率, 1)
  if (head && headIdx >= 0) {
    const sc = input.fundScores[headIdx];
    if (sc && head.weight !== null && head.rate !== null) {
      const expected = head.weight * Math.min(head.rate, 1);
      const tol = Math.max(0.5 * 10 ** -sc.decimals, 0.005) + EPS;
      if (Math.abs(expected - sc.value) > tol) {
        out.push(finding('FUNDS_SCORE_MISMATCH', `${head.item}: 得分 prints ${fmt(sc.value)} but 分值 × min(执行率, 1) = ${fmt(head.weight)} × ${fmt(Math.min(head.rate, 1))} = ${fmt(expected)}`, sc.place));
      }
    }
  }
  // a funds total equals the sum of its parts (其中:当年财政拨款 + 上年结转资金 + 其他资金)
  out.push(...checkFundsParts(table.funds));
  // score ≤ weight
  for (const i of inds) {
    if (i.weight !== null && i.score !== null && i.score > i.weight + EPS) {
      out.push(finding('SCORE_EXCEEDS_WEIGHT', `"${i.name}": 得分 ${fmt(i.score)} exceeds its 分值 ${fmt(i.weight)}`, i.source ?? null));
    }
  }
  // 一级权重 = sum of its indicators' weights (department tables)
  for (const { level1, weight } of input.level1Weights) {
    const group = inds.filter((i: Indicator) => i.level1 === level1 && i.weight !== null);
    if (group.length === 0) continue;
    const sum = group.reduce((a, i) => a + i.weight!, 0);
    if (Math.abs(sum - weight.value) > 0.005 + EPS) {
      out.push(finding('LEVEL1_WEIGHT_MISMATCH', `${level1}: 一级权重 prints ${fmt(weight.value)} but its indicators' 分值 sum to ${fmt(sum)}`, weight.place));
    }
  }
  return out;
}

export const decimalsOf = (text: string): number => {
  const m = /\.(\d+)/.exec(text.replace(/,/g, ''));
  return m ? m[1]!.length : 0;
};

const FUNDS_HEAD = /总额|合计|总计/;

function checkFundsParts(funds: readonly FundsRow[]): Finding[] {
  const out: Finding[] = [];
  for (let h = 0; h < funds.length; h++) {
    const head = funds[h]!;
    if (!FUNDS_HEAD.test(head.item.replace(/^.*\//, ''))) continue;
    const parts: FundsRow[] = [];
    for (let k = h + 1; k < funds.length && !FUNDS_HEAD.test(funds[k]!.item.replace(/^.*\//, '')); k++) parts.push(funds[k]!);
    if (parts.length === 0) continue;
    for (const field of ['initial_budget', 'annual_budget', 'executed'] as const) {
      const total = head[field];
      const values = parts.map((p) => p[field]);
      if (total === null || values.every((v) => v === null)) continue;
      const sum = values.reduce<number>((a, v) => a + (v ?? 0), 0);
      if (Math.abs(sum - total) > 0.005 + EPS) {
        out.push(finding('FUNDS_PARTS_MISMATCH', `${head.item} ${field} prints ${fmt(total)} but its parts (${parts.map((p) => p.item).join(' + ')}) sum to ${fmt(sum)}`, head.source ?? null));
      }
    }
  }
  return out;
}
