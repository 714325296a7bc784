/**
 * Random but realistic TableSpecs. The numbers are built as integers in a draft (draft.ts),
 * optionally made inconsistent on purpose (inconsistencies.ts), then printed; every canonical
 * value in the spec comes from the oracle reading the printed string.
 */
import type { Rng } from './prng.js';
import type { FundsRowSpec, GeneratedKind, IndicatorSpec, Injection, MoneyUnit, Printed, TableSpec } from './table-spec.js';
import {
  INPUT_GROUPS, OUTCOME_GROUPS, randomName, type Level1Name, type OutcomeLevel2,
} from './indicator-names.js';
import { DECLARATION_FORMS, SELF_EVAL_FORMS, VALUE_FORMS, randomPair, type PrintedPair } from './printed-values.js';
import {
  randomDepartment, randomDeviation, randomDuties, randomGoal, randomImplementer, randomPlace, randomResult,
  PROJECT_NAMES, type Place,
} from './vocabulary.js';
import { type FundsDraft, type IndicatorDraft, type SpecDraft, fundsScoreOf, rateOf, scoreSum } from './draft.js';
import { INJECTIONS, injectionsFor } from './inconsistencies.js';
import { POINT, fixed, partition, trimmed, withThousands } from './scaled.js';
import { type LabelPlacement, labelRowIndex, minVisibleGroup, neutralAllowedAt } from './placement.js';
import { canonicalMoney, canonicalNumber, canonicalRate, canonicalText, canonicalValue } from './oracle.js';

export interface BuildOptions {
  /** where merged labels will be printed: decides where neutral names may go */
  readonly placement: LabelPlacement;
  /** share of tables that carry one or two deliberate arithmetic errors */
  readonly injectRate: number;
  /** explicit injections (overrides injectRate) */
  readonly injections?: readonly Injection[];
}

/** One indicator before numbers: its place in the hierarchy and its printed text. */
interface Row {
  level1: Level1Name;
  level1Printed: string;
  level2: string;
  level2Printed: string;
  name: string;
  revealing: boolean;
  pair: PrintedPair;
}

const text = (printed: string): Printed<string> => ({ printed, value: canonicalText(printed) ?? '' });
const nullableText = (printed: string): Printed<string | null> => ({ printed, value: canonicalText(printed) });
const value = (printed: string): Printed<string | null> => ({ printed, value: canonicalValue(printed) });
const num = (printed: string): Printed<number | null> => ({ printed, value: canonicalNumber(printed) });

// ---------------------------------------------------------------- indicators

/** Sizes of the 二级 groups, making sure the placement is visible in at least one group. */
function groupSizes(groups: readonly string[], sizeOf: (g: string) => number, placement: LabelPlacement): number[] {
  const sizes = groups.map(sizeOf);
  const need = minVisibleGroup(placement);
  if (!sizes.some((s) => s >= need)) sizes[0] = Math.max(sizes[0]!, need);
  return sizes;
}

function outcomeRows(rng: Rng, kind: GeneratedKind, placement: LabelPlacement, used: Set<string>): Row[] {
  const chosen: Array<{ level1: Exclude<Level1Name, '投入管理指标'>; level2: OutcomeLevel2 }> = [];
  const keep: Record<OutcomeLevel2, number> = {
    数量指标: 1, 质量指标: 0.9, 时效指标: 0.85, 成本指标: kind === 'dept_self_eval' ? 0.3 : 0.7,
    经济效益指标: 0.5, 社会效益指标: 1, 生态效益指标: 0.4, 可持续影响指标: 0.7, 服务对象满意度指标: 1,
  };
  for (const [level1, level2s] of Object.entries(OUTCOME_GROUPS) as [Exclude<Level1Name, '投入管理指标'>, OutcomeLevel2[]][]) {
    for (const level2 of level2s) if (rng.chance(keep[level2])) chosen.push({ level1, level2 });
  }
  const big = kind === 'target_declaration' ? [1, 2, 3, 4, 6, 8] : kind === 'dept_self_eval' ? [1, 2, 3, 5, 8] : [1, 1, 2, 3, 4];
  const single: readonly OutcomeLevel2[] = ['成本指标', '经济效益指标', '生态效益指标'];
  const sizes = groupSizes(chosen.map((c) => c.level2), (g) => (single.includes(g as OutcomeLevel2) ? 1 : rng.pick(big)), placement);
  const effectPrinted = kind === 'dept_self_eval' ? rng.pick(['效果指标', '效果指标', '效益指标']) : rng.pick(['效益指标', '效益指标', '效益指标', '效果指标']);
  const satisfactionPrinted = rng.pick(['服务对象满意度指标', '满意度指标']);
  const sustainPrinted = rng.pick(['可持续影响指标', '可持续影响指标', '可持续性影响指标']);
  const forms = kind === 'target_declaration' ? DECLARATION_FORMS : SELF_EVAL_FORMS;
  const rows: Row[] = [];
  chosen.forEach(({ level1, level2 }, g) => {
    for (let i = 0; i < sizes[g]!; i++) {
      const neutral = neutralAllowedAt(placement, sizes[g]!, i) && rng.chance(0.2);
      let named = randomName(rng, level2, neutral);
      for (let tries = 0; used.has(named.name) && tries < 30; tries++) named = randomName(rng, level2, neutral && tries < 10);
      used.add(named.name);
      const zero = /^不产生/.test(named.name) && kind !== 'target_declaration';
      rows.push({
        level1,
        level1Printed: level1 === '效益指标' ? effectPrinted : level1,
        level2,
        level2Printed: level2 === '服务对象满意度指标' ? satisfactionPrinted : level2 === '可持续影响指标' ? sustainPrinted : level2,
        name: named.name,
        revealing: named.revealing,
        pair: zero ? { form: 'zero', ...VALUE_FORMS.zero!(rng) } : randomPair(rng, forms),
      });
    }
  });
  return rows;
}

function inputRows(rng: Rng, placement: LabelPlacement, used: Set<string>): Row[] {
  const groups = rng.sample(INPUT_GROUPS, rng.int(4, INPUT_GROUPS.length));
  const rows: Row[] = [];
  for (const group of groups) {
    const revealing = group.names.filter((n) => n.includes(group.stem));
    const size = placement === 'first' ? rng.int(1, group.names.length) : rng.int(1, Math.max(1, revealing.length));
    const printed = group.misprints.length > 0 && rng.chance(0.15) ? rng.pick(group.misprints) : group.level2;
    const names = placement === 'first' ? group.names.slice(0, size) : pickInputNames(rng, group.names, group.stem, size, placement);
    for (const name of names) {
      used.add(name);
      rows.push({
        level1: '投入管理指标', level1Printed: '投入管理指标', level2: printed, level2Printed: printed, name,
        revealing: name.includes(group.stem), pair: randomPair(rng, ['text', 'range', 'atMost', 'percent']),
      });
    }
  }
  return rows;
}

/** Non-first placements: a neutral 投入 name only on the label row. */
function pickInputNames(rng: Rng, all: readonly string[], stem: string, size: number, placement: LabelPlacement): string[] {
  const revealing = all.filter((n) => n.includes(stem));
  const neutral = all.filter((n) => !n.includes(stem));
  const names = revealing.slice(0, size);
  if (neutral.length > 0 && rng.chance(0.3)) names[labelRowIndex(size, placement)] = rng.pick(neutral);
  return names;
}

// ---------------------------------------------------------------- numbers

function indicatorWeights(rng: Rng, rows: readonly Row[], total: number): Array<number | null> {
  const live = rows.map((r) => r.pair.form !== 'zero');
  const n = live.filter(Boolean).length;
  const steps = [POINT, POINT / 2, POINT / 10].filter((s) => n * s <= total && Number.isInteger(total / s));
  const parts = partition(() => rng.next(), total, n, rng.pick(steps));
  let k = 0;
  return live.map((l) => (l ? parts[k++]! : 0));
}

function indicatorDrafts(rng: Rng, weights: ReadonlyArray<number | null>): IndicatorDraft[] {
  return weights.map((weight) => {
    if (weight === null) return { weight: null, score: null, deviation: '' };
    const full = weight === 0 || rng.chance(0.7);
    const score = full ? weight : Math.max(0, weight - Math.min(weight, rng.pick([1000, 5000, POINT, 2 * POINT])));
    const deviation = score < weight ? (rng.chance(0.8) ? randomDeviation(rng) : '') : rng.chance(0.05) ? randomDeviation(rng) : '';
    return { weight, score, deviation };
  });
}

/** A money amount in hundredths of the unit, rounded to a realistic granularity. */
function amount(rng: Rng, unit: MoneyUnit | null, min: number, max: number): number {
  const raw = rng.int(min, max);
  const grain = rng.pick(unit === '万元' ? [1, 1, 100] : [1, 100, 100, 10_000]);
  return Math.max(grain, Math.round(raw / grain) * grain);
}

/** A random share between lo% and hi% of `whole`, to 0.01%. */
const share = (rng: Rng, whole: number, lo: number, hi: number): number => Math.floor((whole * rng.int(lo * 100, hi * 100)) / 10_000);

function projectFunds(rng: Rng, unit: MoneyUnit): FundsDraft[] {
  const annual = unit === '万元' ? amount(rng, unit, 40, 60_000) : amount(rng, unit, 1_000_000, 900_000_000);
  const initial = rng.chance(0.7) ? annual : Math.round((annual * rng.int(60, 160)) / 100);
  const roll = rng.next();
  const executed = roll < 0.25 ? annual : roll < 0.3 ? 0 : share(rng, annual, 30, 100);
  const split = rng.chance(0.25);
  const carry = split ? share(rng, annual, 10, 30) : 0;
  const carryExecuted = Math.min(carry, executed);
  const rateDecimals = rng.pick([0, 2, 2] as const);
  const scoreStyle = rng.pick(['exact', 'exact', 'integer', 'fixed2'] as const);
  const weight = rng.pick([10, 10, 10, 20]) * POINT;
  const partStyle = rng.pick(['repeat', 'dash', 'blank'] as const);
  const base = { weightMark: null, rateDecimals, scoreStyle } as const;
  const head: FundsDraft = { ...base, item: '年度资金总额', initial, annual, executed, weight, rateBp: null, score: null };
  head.rateBp = rateOf(head);
  head.score = fundsScoreOf(head);
  const fiscal: FundsDraft = { ...base, item: '其中：当年财政拨款', initial, annual: annual - carry, executed: executed - carryExecuted, weight: null, rateBp: null, score: null };
  if (partStyle === 'repeat') {
    fiscal.weight = weight;
    fiscal.rateBp = rateOf(fiscal);
    fiscal.score = fundsScoreOf(fiscal);
  } else if (partStyle === 'dash') fiscal.weightMark = '—';
  const zeroOrBlank = rng.chance(0.5) ? 0 : null;
  const carryRow: FundsDraft = {
    ...base, item: '上年结转资金', initial: split ? 0 : zeroOrBlank, annual: split ? carry : zeroOrBlank, executed: split ? carryExecuted : null,
    weight: null, weightMark: partStyle === 'dash' ? '—' : null, rateBp: null, score: null,
  };
  const other: FundsDraft = { ...base, item: '其他资金', initial: zeroOrBlank, annual: zeroOrBlank, executed: null, weight: null, weightMark: partStyle === 'dash' ? '—' : null, rateBp: null, score: null };
  return [head, fiscal, carryRow, other];
}

function deptFunds(rng: Rng): FundsDraft[] {
  const fiscal = amount(rng, '元', 100_000_000, 5_000_000_000);
  const other = rng.chance(0.3) ? amount(rng, '元', 1_000_000, 50_000_000) : 0;
  const total = fiscal + other;
  const fiscalExecuted = share(rng, fiscal, 85, 100);
  const otherExecuted = share(rng, other, 50, 100);
  const basic = share(rng, total, 50, 80);
  const project = total - basic;
  const totalExecuted = fiscalExecuted + otherExecuted;
  const basicExecuted = Math.min(basic, Math.floor((totalExecuted * basic) / total));
  const projectExecuted = totalExecuted - basicExecuted;
  const row = (item: string, annual: number | null, executed: number | null): FundsDraft => {
    const f: FundsDraft = { item, initial: null, annual, executed, weight: null, weightMark: null, rateBp: null, rateDecimals: 2, score: null, scoreStyle: 'exact' };
    f.rateBp = rateOf(f);
    return f;
  };
  return [
    row('资金来源：(1)财政拨款', fiscal, fiscalExecuted),
    other > 0 ? row('(2)其他资金', other, otherExecuted) : row('(2)其他资金', null, null),
    row('资金结构：(1)基本支出', basic, basicExecuted),
    row('(2)项目支出', project, projectExecuted),
  ];
}

// ---------------------------------------------------------------- printing

type MoneyStyle = 'trim' | 'fixed2' | 'commas' | 'mixed';

function printMoney(rng: Rng, cents: number | null, style: MoneyStyle): string {
  if (cents === null) return '';
  const s = style === 'mixed' ? rng.pick(['trim', 'fixed2', 'commas'] as const) : style;
  if (s === 'trim') return trimmed(cents, 2);
  if (s === 'fixed2') return fixed(cents, 2, 2);
  return withThousands(fixed(cents, 2, 2));
}

function printRate(bp: number | null, decimals: 0 | 2): string {
  if (bp === null) return '';
  return `${decimals === 2 ? fixed(bp, 2, 2) : trimmed(bp, 2)}%`;
}

/** The draft score is already rounded as printed (fundsScoreOf); fixed2 keeps its two decimals. */
function printFundsScore(score: number | null, style: FundsDraft['scoreStyle']): string {
  if (score === null) return '';
  return style === 'fixed2' ? fixed(score, 4, 2) : trimmed(score, 4);
}

function printFunds(rng: Rng, funds: readonly FundsDraft[], unit: MoneyUnit | null, style: MoneyStyle): FundsRowSpec[] {
  return funds.map((f) => {
    const money = (c: number | null): Printed<number | null> => {
      const printed = printMoney(rng, c, style);
      return { printed, value: canonicalMoney(printed, unit) };
    };
    const rate = printRate(f.rateBp, f.rateDecimals);
    const weight = f.weight !== null ? trimmed(f.weight, 4) : f.weightMark ?? '';
    return {
      item: text(f.item),
      initial_budget: money(f.initial),
      annual_budget: money(f.annual),
      executed: money(f.executed),
      weight: num(weight),
      rate: { printed: rate, value: canonicalRate(rate) },
      score: num(printFundsScore(f.score, f.scoreStyle)),
    };
  });
}

/** `selfEval`: the table prints 实际完成值 (a 申报表 prints only the target). */
function printIndicators(rows: readonly Row[], drafts: readonly IndicatorDraft[], selfEval: boolean): IndicatorSpec[] {
  return rows.map((r, i) => {
    const d = drafts[i]!;
    return {
      level1: r.level1,
      level1Printed: r.level1Printed,
      level2: canonicalLevel2(r),
      level2Printed: r.level2Printed,
      name: text(r.name),
      target: value(r.pair.target),
      actual: value(selfEval ? r.pair.actual : ''),
      parseable: r.pair.parseable,
      weight: num(d.weight === null ? '' : trimmed(d.weight, 4)),
      score: num(d.score === null ? '' : trimmed(d.score, 4)),
      deviation: nullableText(d.deviation),
      revealing: r.revealing,
    };
  });
}

/** CONVENTIONS "Labels": 可持续性 → 可持续; 满意度指标 under 满意度 → 服务对象满意度指标; 投入 as printed. */
const canonicalLevel2 = (r: Row): string => (r.level1 === '投入管理指标' ? canonicalText(r.level2Printed)! : r.level2);

// ---------------------------------------------------------------- injections

function chooseInjections(rng: Rng, kind: GeneratedKind, options: BuildOptions): Injection[] {
  if (options.injections) return options.injections.filter((i) => INJECTIONS[i].kinds.includes(kind));
  const possible = injectionsFor(kind);
  if (possible.length === 0 || !rng.chance(options.injectRate)) return [];
  const picked = rng.sample(rng.shuffle(possible), rng.chance(0.2) ? 2 : 1);
  return picked;
}

function applyInjections(rng: Rng, draft: SpecDraft, injections: readonly Injection[]): void {
  for (const i of injections) if (INJECTIONS[i].phase === 'parts') INJECTIONS[i].apply(draft, rng);
  draft.totalScore = scoreSum(draft);
  for (const i of injections) if (INJECTIONS[i].phase === 'totals') INJECTIONS[i].apply(draft, rng);
}

// ---------------------------------------------------------------- kinds

const yearOf = (rng: Rng): number => rng.int(2019, 2024);

function projectSpec(rng: Rng, options: BuildOptions): TableSpec {
  const place = randomPlace(rng);
  const year = yearOf(rng);
  const unit: MoneyUnit = rng.chance(0.65) ? '万元' : '元';
  const used = new Set<string>();
  const rows = outcomeRows(rng, 'project_self_eval', options.placement, used);
  const funds = projectFunds(rng, unit);
  const fundsWeight = funds[0]!.weight!;
  const weights = indicatorWeights(rng, rows, 100 * POINT - fundsWeight);
  const draft: SpecDraft = {
    kind: 'project_self_eval', funds, indicators: indicatorDrafts(rng, weights), level1Weights: [],
    totalWeight: 100 * POINT, totalScore: null, headline: 0, fiscalPart: 1,
  };
  const injections = chooseInjections(rng, 'project_self_eval', options);
  applyInjections(rng, draft, injections);
  const moneyStyle: MoneyStyle = unit === '万元' ? rng.pick(['trim', 'trim', 'fixed2', 'mixed']) : rng.pick(['fixed2', 'commas', 'mixed']);
  return {
    kind: 'project_self_eval',
    title: text(rng.pick(['财政项目支出绩效自评表', '财政项目支出绩效自评表', '项目支出绩效自评表'])),
    yearLine: rng.pick([`（ ${year} 年度）`, `(${year} 年度)`, `（${year}年度）`, `（${year} 年度）`]),
    year, period: null,
    project: text(rng.pick(PROJECT_NAMES)),
    department: text(randomDepartment(rng, place)),
    implementer: text(randomImplementer(rng, place)),
    region: null, unit,
    fundsLabel: rng.pick([`项目资金 (${unit})`, `项目资金（${unit}）`, `项目资金(${unit})`]),
    funds: printFunds(rng, draft.funds, unit, moneyStyle),
    declarationFunds: null,
    goals: { expected: text(randomGoal(rng, rng.int(2, 5))), actual: text(randomResult(rng, rng.int(2, 4))) },
    indicators: printIndicators(rows, draft.indicators, true),
    level1Weights: [],
    total: totals(draft),
    duties: null, subunits: null, startDate: null, endDate: null,
    injections,
  };
}

function totals(draft: SpecDraft): TableSpec['total'] {
  const weight = trimmed(draft.totalWeight!, 4);
  const score = trimmed(draft.totalScore!, 4);
  return { weight: { printed: weight, value: canonicalNumber(weight)! }, score: { printed: score, value: canonicalNumber(score)! } };
}

function deptSpec(rng: Rng, options: BuildOptions): TableSpec {
  const place = randomPlace(rng);
  const year = yearOf(rng);
  const used = new Set<string>();
  const rows = [...inputRows(rng, options.placement, used), ...outcomeRows(rng, 'dept_self_eval', options.placement, used)];
  const input = rng.pick([20, 25, 30]);
  const satisfaction = rng.pick([10, 10, 15]);
  const rest = 100 - input - satisfaction;
  const output = Math.round((rest * rng.int(40, 60)) / 100);
  const level1Totals: Record<Level1Name, number> = { 投入管理指标: input, 产出指标: output, 效益指标: rest - output, 满意度指标: satisfaction };
  const weights: Array<number | null> = rows.map(() => null);
  const level1Order: Level1Name[] = ['投入管理指标', '产出指标', '效益指标', '满意度指标'];
  for (const l1 of level1Order) {
    const idx = rows.map((r, i) => (r.level1 === l1 ? i : -1)).filter((i) => i >= 0);
    const w = indicatorWeights(rng, idx.map((i) => rows[i]!), level1Totals[l1] * POINT);
    idx.forEach((i, k) => { weights[i] = w[k]!; });
  }
  const draft: SpecDraft = {
    kind: 'dept_self_eval', funds: deptFunds(rng), indicators: indicatorDrafts(rng, weights),
    level1Weights: level1Order.map((level1) => ({ level1, weight: level1Totals[level1] * POINT })),
    totalWeight: 100 * POINT, totalScore: null, headline: 0, fiscalPart: -1,
  };
  const injections = chooseInjections(rng, 'dept_self_eval', options);
  applyInjections(rng, draft, injections);
  const department = `${place.locality}${rng.pick(['社区党群服务中心', '社区事务受理服务中心', '城市运行管理中心', '社区文化活动中心'])}`;
  return {
    kind: 'dept_self_eval',
    title: text('部门（单位）整体支出绩效自评表'),
    yearLine: `申报时段：(${year}年1月-${year}年12月)`,
    year, period: `${year}年1月-${year}年12月`,
    project: null,
    department: text(department),
    implementer: null,
    region: text(place.locality),
    unit: null,
    fundsLabel: '整体支出规模',
    funds: printFunds(rng, draft.funds, null, rng.pick(['commas', 'commas', 'fixed2'])),
    declarationFunds: null,
    goals: { expected: text(randomGoal(rng, rng.int(3, 6))), actual: text(randomResult(rng, rng.int(3, 5))) },
    indicators: printIndicators(rows, draft.indicators, true),
    level1Weights: draft.level1Weights.map((l) => {
      const printed = trimmed(l.weight, 4);
      return { level1: l.level1, weight: { printed, value: canonicalNumber(printed)! } };
    }),
    total: totals(draft),
    duties: randomDuties(rng), subunits: String(rng.pick([0, 0, 1, 3])),
    startDate: null, endDate: null,
    injections,
  };
}

function declarationSpec(rng: Rng, options: BuildOptions): TableSpec {
  const place: Place = randomPlace(rng);
  const year = yearOf(rng);
  const unit: MoneyUnit = rng.chance(0.8) ? '元' : '万元';
  const rows = outcomeRows(rng, 'target_declaration', options.placement, new Set());
  const total = unit === '元' ? amount(rng, unit, 1_000_000, 900_000_000) : amount(rng, unit, 100, 90_000);
  const money = withThousands(fixed(total, 2, 2));
  return {
    kind: 'target_declaration',
    title: text(rng.pick(['财政项目支出绩效目标申报表', '项目支出绩效目标申报表'])),
    yearLine: rng.pick([`(${year}年度)`, `（${year}年度）`]),
    year, period: null,
    project: text(rng.pick(PROJECT_NAMES)),
    department: text(randomDepartment(rng, place)),
    implementer: text(randomImplementer(rng, place)),
    region: null, unit,
    fundsLabel: rng.pick([`项目资金(${unit})`, `项目资金 (${unit})`]),
    funds: [],
    declarationFunds: { total: money, fiscal: money, annualTotal: money, annualFiscal: money, carryOver: '0.00' },
    goals: { expected: text(randomGoal(rng, rng.int(3, 7))), actual: null },
    indicators: printIndicators(rows, rows.map(() => ({ weight: null, score: null, deviation: '' })), false),
    level1Weights: [],
    total: null,
    duties: null, subunits: null,
    startDate: `${year}-01-01`, endDate: `${year}-12-31`,
    injections: [],
  };
}

const BUILDERS: Readonly<Record<GeneratedKind, (rng: Rng, options: BuildOptions) => TableSpec>> = {
  project_self_eval: projectSpec,
  dept_self_eval: deptSpec,
  target_declaration: declarationSpec,
};

export const buildSpec = (rng: Rng, kind: GeneratedKind, options: BuildOptions): TableSpec => BUILDERS[kind](rng, options);
