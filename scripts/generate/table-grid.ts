/**
 * TableSpec → grid rows, for the three kinds of table. This is where the perturbations that need
 * to know what a row means happen: where merged labels are printed (first/middle/last row of
 * their group), header fields as label rows, outer labels written over several lines, long cells
 * continued on following lines, and the 总分 row broken apart. Column layouts follow the seeds.
 */
import type { Rng } from './prng.js';
import type { IndicatorSpec, TableSpec } from './table-spec.js';
import { type Block, type CellKind, type Decorate, type GridRow, rawRow } from './grid.js';
import { type LabelPlacement, labelRowIndex } from './placement.js';

export type HeaderLayout = 'pairs' | 'label_row' | 'label_inline';

export interface GridStyle {
  readonly placement: LabelPlacement;
  readonly header: HeaderLayout;
  readonly splitOuterLabels: boolean;
  readonly continueLongCells: boolean;
  readonly totalBroken: boolean;
}

const isIdeograph = (c: string | undefined): boolean => c !== undefined && /[\u3400-\u9fff]/.test(c);

/**
 * Split a long text into 2–4 fragments at points between two ideographs, so that joining the
 * lines back with any whitespace and repairing wraps (CONVENTIONS rule 5) restores it exactly.
 */
export function splitForContinuation(rng: Rng, text: string): string[] {
  const MIN_FRAGMENT = 3;
  const cuts: number[] = [];
  for (let i = MIN_FRAGMENT; i <= text.length - MIN_FRAGMENT; i++) if (isIdeograph(text[i - 1]) && isIdeograph(text[i])) cuts.push(i);
  const chosen: number[] = [];
  for (const c of rng.sample(cuts, rng.int(1, 3))) if (chosen.every((k) => Math.abs(k - c) >= MIN_FRAGMENT)) chosen.push(c);
  const parts: string[] = [];
  let from = 0;
  for (const c of chosen) { parts.push(text.slice(from, c)); from = c; }
  parts.push(text.slice(from));
  return parts;
}

/** `年度总体目标` → 年度 / 总体 / 目标; `项目资金 (万元)` → 项目 / 资金 / (万元). */
export function labelFragments(label: string): string[] {
  const m = /^(\S+?)\s*([(（].*[)）])?$/.exec(label);
  const main = m?.[1] ?? label;
  const out: string[] = [];
  for (let i = 0; i < main.length; i += 2) out.push(main.slice(i, i + 2));
  if (m?.[2]) out.push(m[2]);
  return out;
}

const pad = (cells: readonly string[], n: number): string[] => [...cells, ...Array<string>(Math.max(0, n - cells.length)).fill('')];

interface Builder {
  /** cosmetic choices (label wording, title form) */
  readonly rng: Rng;
  /** separate streams, so that switching a perturbation on leaves the cosmetic choices alone */
  readonly headerRng: Rng;
  readonly continueRng: Rng;
  readonly style: GridStyle;
  readonly decorate: Decorate;
  /** how many long cells were continued so far (the first eligible one always is) */
  continued: number;
}

const cell = (b: Builder, text: string, kind: CellKind): string => (text === '' ? '' : b.decorate(text, kind));

/** A long cell, possibly continued on the following lines. */
function longCell(b: Builder, text: string, minLength: number): string {
  const decorated = cell(b, text, 'long');
  if (!b.style.continueLongCells || text.length < minLength || (b.continued > 0 && !b.continueRng.chance(0.6))) return decorated;
  const parts = splitForContinuation(b.continueRng, decorated);
  if (parts.length > 1) b.continued++;
  return parts.join('\n');
}

/**
 * Put a block's outer label (项目资金 / 年度总体目标 / 绩效指标 …) into column 0 of the row the
 * placement picks; written over several lines when asked, spilling past the block's last row.
 */
function placeOuterLabel(b: Builder, rows: string[][], label: string): void {
  const at = labelRowIndex(rows.length, b.style.placement);
  if (!b.style.splitOuterLabels) { rows[at]![0] = cell(b, label, 'label'); return; }
  const fragments = labelFragments(label).map((f) => cell(b, f, 'label'));
  fragments.forEach((f, k) => {
    const r = Math.min(at + k, rows.length - 1);
    rows[r]![0] = rows[r]![0] ? `${rows[r]![0]}\n${f}` : f;
  });
}

function blockRows(role: GridRow['role'][], cells: string[][], block: Block, extra: Array<Partial<GridRow>> = []): GridRow[] {
  return cells.map((c, i) => ({ role: role[i]!, cells: c, block, ...extra[i] }));
}

function titleRows(b: Builder, spec: TableSpec): GridRow[] {
  const title = cell(b, spec.title.printed, 'title');
  const yearLine = cell(b, spec.yearLine, 'field');
  if (spec.kind === 'project_self_eval' && b.rng.chance(0.15)) return [{ role: 'title', cells: [`${title} ${yearLine}`] }];
  return [{ role: 'title', cells: [title] }, { role: 'subtitle', cells: [yearLine] }];
}

/** Header fields: label/value pairs on one line each, or a label row followed by a value row. */
function headerRows(b: Builder, pairs: ReadonlyArray<ReadonlyArray<readonly [string, string]>>, width: number): GridRow[] {
  const label = (s: string) => cell(b, s, 'label');
  const field = (s: string) => cell(b, s, 'field');
  const rows: string[][] = [];
  switch (b.style.header) {
    case 'pairs': {
      const offset = b.headerRng.pick([1, 2]);
      for (const line of pairs) {
        const cells: string[] = [];
        line.forEach(([l, v], k) => {
          if (k > 0) cells.push('', '');
          cells.push(label(l), ...Array<string>(offset - 1).fill(''), field(v));
        });
        rows.push(cells);
      }
      break;
    }
    case 'label_row': {
      const flat = pairs.flat();
      rows.push(flat.map(([l]) => label(l)), flat.map(([, v]) => field(v)));
      break;
    }
    case 'label_inline':
      for (const line of pairs) rows.push([...line.map(([l]) => label(l)), ...line.map(([, v]) => field(v))]);
      break;
  }
  return rows.map((c) => ({ role: 'header', cells: pad(c, width), shiftable: b.style.header === 'pairs' }));
}

/** 一级/二级 label cells per indicator row, printed once per group at the placement's row. */
function levelLabels(b: Builder, inds: readonly IndicatorSpec[], level1Weight: (l1: string) => string | null) {
  const out = inds.map(() => ({ level1: '', weight: '', level2: '' }));
  const runs = (key: (i: IndicatorSpec) => string, apply: (row: number, first: IndicatorSpec) => void) => {
    let start = 0;
    for (let i = 1; i <= inds.length; i++) {
      if (i === inds.length || key(inds[i]!) !== key(inds[start]!)) {
        apply(start + labelRowIndex(i - start, b.style.placement), inds[start]!);
        start = i;
      }
    }
  };
  runs((i) => i.level1, (row, first) => {
    out[row]!.level1 = cell(b, first.level1Printed, 'level');
    out[row]!.weight = level1Weight(first.level1) ?? '';
  });
  runs((i) => `${i.level1}/${i.level2}`, (row, first) => { out[row]!.level2 = cell(b, first.level2Printed, 'level'); });
  return out;
}

function totalRows(b: Builder, cells: string[], weight: string, score: string): GridRow[] {
  if (!b.style.totalBroken) return [{ role: 'total', cells }];
  return [rawRow(['总分', '', `| ${weight} |`, '', `${score} |`])];
}

// ---------------------------------------------------------------- kinds

function projectGrid(b: Builder, spec: TableSpec): GridRow[] {
  const W = 9;
  const label = (s: string) => cell(b, s, 'label');
  const rows: GridRow[] = [...titleRows(b, spec)];
  rows.push(...headerRows(b, [[['项目名称', spec.project!.printed]], [['主管部门', spec.department!.printed], ['实施单位', spec.implementer!.printed]]], W));

  const funds = [
    ['', '', ...['年初预算数', '全年预算数', '全年执行数', '分值', '执行率', '得分'].map(label), ''],
    ...spec.funds.map((f) => ['', cell(b, f.item.printed, 'field'), ...[f.initial_budget, f.annual_budget, f.executed, f.weight, f.rate, f.score].map((p) => cell(b, p.printed, 'number')), '']),
  ];
  placeOuterLabel(b, funds, spec.fundsLabel);
  rows.push(...blockRows(['funds_header', 'funds', 'funds', 'funds', 'funds'], funds, 'funds', [{}, ...spec.funds.map(() => ({ shiftable: true }))]));

  const goals = [
    ['', label('预期目标'), '', '', label('实际完成情况'), '', '', '', ''],
    ['', longCell(b, spec.goals.expected.printed, 16), '', '', longCell(b, spec.goals.actual!.printed, 16), '', '', '', ''],
  ];
  placeOuterLabel(b, goals, '年度总体目标');
  rows.push(...blockRows(['goals_label', 'goals'], goals, 'goals'));

  const levels = levelLabels(b, spec.indicators, () => null);
  const indicatorCells = [
    ['', ...['一级指标', '二级指标', '三级指标', b.rng.pick(['年度指标值', '年度指标值', '年度(项目)指标值']), b.rng.pick(['实际完成值', '全年完成值']), '分值', '得分', b.rng.pick(['偏差原因分析及改进措施', '偏差及原因分析'])].map(label)],
    ...spec.indicators.map((i, k) => ['', levels[k]!.level1, levels[k]!.level2, cell(b, i.name.printed, 'name'), cell(b, i.target.printed, 'value'), cell(b, i.actual.printed, 'value'), cell(b, i.weight.printed, 'number'), cell(b, i.score.printed, 'number'), longCell(b, i.deviation.printed, 12)]),
  ];
  placeOuterLabel(b, indicatorCells, '绩效指标');
  rows.push(...blockRows(['indicator_header', ...spec.indicators.map(() => 'indicator' as const)], indicatorCells, 'indicators',
    [{}, ...spec.indicators.map((i, k) => ({ indicator: k, shiftable: i.target.printed !== '' && i.actual.printed !== '' }))]));

  const total = spec.total!;
  rows.push(...totalRows(b, [label('总分'), '', '', '', '', '', cell(b, total.weight.printed, 'number'), cell(b, total.score.printed, 'number'), ''], total.weight.printed, total.score.printed));
  return rows;
}

function deptGrid(b: Builder, spec: TableSpec): GridRow[] {
  const W = 9;
  const label = (s: string) => cell(b, s, 'label');
  const rows: GridRow[] = [...titleRows(b, spec)];
  const fields: Array<Array<readonly [string, string]>> = b.style.header === 'pairs'
    ? [[['街镇名称', spec.region!.printed], ['下属单位个数', spec.subunits!]], [['所属部门', spec.department!.printed]]]
    : [[['街镇名称', spec.region!.printed], ['所属部门', spec.department!.printed], ['下属单位个数', spec.subunits!]]];
  rows.push(...headerRows(b, fields, W));
  rows.push({ role: 'header', cells: pad([label('部门职责'), cell(b, spec.duties!, 'long')], W) });

  const funds = [
    ['', '', label('全年预算数'), label('全年执行数'), label('执行率')],
    ...spec.funds.map((f) => ['', cell(b, f.item.printed, 'field'), cell(b, f.annual_budget.printed, 'number'), cell(b, f.executed.printed, 'number'), cell(b, f.rate.printed, 'number')]),
  ].map((c) => pad(c, W));
  placeOuterLabel(b, funds, spec.fundsLabel);
  rows.push(...blockRows(['funds_header', 'funds', 'funds', 'funds', 'funds'], funds, 'funds', [{}, ...spec.funds.map(() => ({ shiftable: true }))]));

  const goals = [
    pad(['', label('年初设定目标'), '', label('全年完成情况')], W),
    pad(['', longCell(b, spec.goals.expected.printed, 16), '', longCell(b, spec.goals.actual!.printed, 16)], W),
  ];
  placeOuterLabel(b, goals, '年度总体目标');
  rows.push(...blockRows(['goals_label', 'goals'], goals, 'goals'));
  rows.push({ role: 'section', cells: [label('分解目标自评')] });

  const weightOf = (l1: string) => {
    const w = spec.level1Weights.find((x) => x.level1 === l1);
    return w ? cell(b, w.weight.printed, 'number') : null;
  };
  const levels = levelLabels(b, spec.indicators, weightOf);
  rows.push({ role: 'indicator_header', block: 'indicators', cells: ['一级指标', '一级权重', '二级指标', '三级指标', '分值', '年度指标值', '全年完成值', '偏差及原因分析', '自评分'].map(label) });
  spec.indicators.forEach((i, k) => rows.push({
    role: 'indicator', block: 'indicators', indicator: k, shiftable: i.target.printed !== '' && i.actual.printed !== '',
    cells: [levels[k]!.level1, levels[k]!.weight, levels[k]!.level2, cell(b, i.name.printed, 'name'), cell(b, i.weight.printed, 'number'), cell(b, i.target.printed, 'value'), cell(b, i.actual.printed, 'value'), longCell(b, i.deviation.printed, 12), cell(b, i.score.printed, 'number')],
  }));
  const total = spec.total!;
  const w = cell(b, total.weight.printed, 'number');
  rows.push(...totalRows(b, ['', w, label('总分'), '', w, '', '', '', cell(b, total.score.printed, 'number')], total.weight.printed, total.score.printed));
  return rows;
}

function declarationGrid(b: Builder, spec: TableSpec): GridRow[] {
  const W = 5;
  const label = (s: string) => cell(b, s, 'label');
  const money = (s: string) => cell(b, s, 'number');
  const rows: GridRow[] = [...titleRows(b, spec)];
  rows.push(...headerRows(b, [
    [['项目名称', spec.project!.printed]],
    [['主管部门', spec.department!.printed], ['实施单位', spec.implementer!.printed]],
    [['计划开始日期', spec.startDate!], ['计划完成日期', spec.endDate!]],
  ], W).map((r) => ({ ...r, shiftable: false })));

  const m = spec.declarationFunds!;
  const funds = [
    ['', label('项目资金总额'), money(m.total), label('年度资金申请总额'), money(m.annualTotal)],
    ['', label('其中：财政拨款'), money(m.fiscal), label('其中：当年财政拨款'), money(m.annualFiscal)],
    ['', label('其他资金'), '', label('上年结转资金'), money(m.carryOver)],
    ['', '', '', label('其他资金'), money('0.00')],
  ];
  placeOuterLabel(b, funds, spec.fundsLabel);
  rows.push(...blockRows(['funds', 'funds', 'funds', 'funds'], funds, 'funds'));

  const goals = [['', longCell(b, spec.goals.expected.printed, 16), '', '', '']];
  placeOuterLabel(b, goals, '年度总体目标');
  rows.push(...blockRows(['goals'], goals, 'goals'));

  const levels = levelLabels(b, spec.indicators, () => null);
  const indicatorCells = [
    ['', ...['一级指标', '二级指标', '三级指标', b.rng.pick(['年度指标值', '年度(项目)指标值'])].map(label)],
    ...spec.indicators.map((i, k) => ['', levels[k]!.level1, levels[k]!.level2, cell(b, i.name.printed, 'name'), cell(b, i.target.printed, 'value')]),
  ];
  placeOuterLabel(b, indicatorCells, '绩效目标');
  rows.push(...blockRows(['indicator_header', ...spec.indicators.map(() => 'indicator' as const)], indicatorCells, 'indicators',
    [{}, ...spec.indicators.map((i, k) => ({ indicator: k, shiftable: i.target.printed !== '' }))]));
  return rows;
}

const GRIDS: Readonly<Record<TableSpec['kind'], (b: Builder, spec: TableSpec) => GridRow[]>> = {
  project_self_eval: projectGrid,
  dept_self_eval: deptGrid,
  target_declaration: declarationGrid,
};

export function specToGrid(spec: TableSpec, style: GridStyle, decorate: Decorate, rng: Rng): GridRow[] {
  return GRIDS[spec.kind]({ rng, headerRng: rng.fork('header'), continueRng: rng.fork('continue'), style, decorate, continued: 0 }, spec);
}
