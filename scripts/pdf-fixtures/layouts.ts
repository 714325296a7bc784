import type { Indicator, Table, TableKind } from '../../schemas/record.js';
import { printAmount, printNumber, printRate, printText } from './print-values.js';
import { PartBuilder, type CellStyle, type SheetPart } from './sheet-model.js';

/**
 * How each kind of table is printed: the layouts of the Shanghai district archives
 * (财政项目支出绩效自评表, 部门整体支出绩效自评表, 绩效目标申报表), with the 一级/二级
 * labels as merged cells over their groups and long text wrapped.
 */
export interface LayoutOptions {
  /** 一级/二级 labels as merged cells (true) or printed on the first row of a group only (false) */
  readonly mergeLabels: boolean;
  /** how 元 amounts are printed: with thousands separators or plain */
  readonly amountStyle: 'grouped' | 'plain';
}

export type Layout = (t: Table, o: LayoutOptions) => SheetPart[];

const TITLE: CellStyle = { bold: true, size: 16, align: 'center' };
const CENTER: CellStyle = { align: 'center', wrap: true };
const WRAP: CellStyle = { wrap: true };

export const LAYOUTS: Record<TableKind, Layout> = {
  project_self_eval: projectSelfEval,
  dept_self_eval: deptSelfEval,
  target_declaration: targetDeclaration,
  unknown: () => { throw new Error('no layout for tables of unknown kind'); },
};

/** The number of columns each layout uses. */
export const LAYOUT_COLUMNS: Record<TableKind, number> = { project_self_eval: 9, dept_self_eval: 9, target_declaration: 6, unknown: 0 };

function titlePart(t: Table, cols: number, subtitle: string): SheetPart {
  return new PartBuilder('title')
    .cell(0, printText(t.title), { colSpan: cols, style: TITLE }).nextRow()
    .cell(0, printText(subtitle), { colSpan: cols, style: { align: 'center' } }).nextRow()
    .build();
}

function projectSelfEval(t: Table, o: LayoutOptions): SheetPart[] {
  const g = new PartBuilder('grid');
  g.cell(0, '项目名称', { colSpan: 2, style: CENTER }).cell(2, printText(t.project), { colSpan: 7, style: WRAP }).nextRow();
  g.cell(0, '主管部门', { colSpan: 2, style: CENTER }).cell(2, printText(t.department), { colSpan: 3, style: WRAP })
    .cell(5, '实施单位', { style: CENTER }).cell(6, printText(t.implementer), { colSpan: 3, style: WRAP }).nextRow();
  g.cell(0, printText(`项目资金(${t.unit ?? '元'})`), { rowSpan: 1 + t.funds.length, style: CENTER }).cell(1, '', { colSpan: 2 });
  ['年初预算数', '全年预算数', '全年执行数', '分值', '执行率', '得分'].forEach((h, k) => g.cell(3 + k, h, { style: CENTER }));
  g.nextRow();
  for (const f of t.funds) {
    g.cell(1, printText(f.item), { colSpan: 2, style: WRAP })
      .cell(3, printAmount(f.initial_budget, t.unit, o.amountStyle)).cell(4, printAmount(f.annual_budget, t.unit, o.amountStyle))
      .cell(5, printAmount(f.executed, t.unit, o.amountStyle)).cell(6, printNumber(f.weight))
      .cell(7, printRate(f.rate)).cell(8, printNumber(f.score))
      .nextRow();
  }
  g.cell(0, '年度总体目标', { rowSpan: 2, style: CENTER }).cell(1, '预期目标', { colSpan: 4, style: CENTER }).cell(5, '实际完成情况', { colSpan: 4, style: CENTER }).nextRow();
  g.cell(1, printText(t.goals.expected), { colSpan: 4, style: WRAP }).cell(5, printText(t.goals.actual), { colSpan: 4, style: WRAP }).nextRow();
  g.cell(0, '绩效指标', { rowSpan: 1 + t.indicators.length, style: CENTER });
  g.markHeader();
  ['一级指标', '二级指标', '三级指标', '年度指标值', '实际完成值', '分值', '得分', '偏差原因分析及改进措施'].forEach((h, k) => g.cell(1 + k, h, { style: CENTER }));
  g.nextRow();
  indicatorRows(g, t.indicators, o, (row, ind, labels) => {
    labels(1, 2);
    row.cell(3, printText(ind.name), { style: WRAP }).cell(4, printText(ind.target), { style: WRAP }).cell(5, printText(ind.actual), { style: WRAP })
      .cell(6, printNumber(ind.weight)).cell(7, printNumber(ind.score)).cell(8, printText(ind.deviation), { style: WRAP });
  });
  g.cell(0, '总分', { colSpan: 6, style: CENTER }).cell(6, printNumber(t.total.weight)).cell(7, printNumber(t.total.score)).cell(8, '').nextRow();
  return [titlePart(t, 9, `(${t.year}年度)`), g.build()];
}

function deptSelfEval(t: Table, o: LayoutOptions): SheetPart[] {
  const g = new PartBuilder('grid');
  g.cell(0, '街镇名称', { style: CENTER }).cell(1, printText(t.region ?? ''), { colSpan: 3 })
    .cell(4, '下属单位个数', { colSpan: 2, style: CENTER }).cell(6, '0', { colSpan: 3 }).nextRow();
  g.cell(0, '所属部门', { style: CENTER }).cell(1, printText(t.department), { colSpan: 8 }).nextRow();
  g.cell(0, '整体支出规模', { rowSpan: 1 + t.funds.length, style: CENTER }).cell(1, '', { colSpan: 2 })
    .cell(3, '全年预算数', { colSpan: 2, style: CENTER }).cell(5, '全年执行数', { colSpan: 2, style: CENTER }).cell(7, '执行率', { colSpan: 2, style: CENTER }).nextRow();
  for (const f of t.funds) {
    g.cell(1, printText(f.item), { colSpan: 2, style: WRAP }).cell(3, printAmount(f.annual_budget, '元', o.amountStyle), { colSpan: 2 })
      .cell(5, printAmount(f.executed, '元', o.amountStyle), { colSpan: 2 }).cell(7, printRate(f.rate), { colSpan: 2 }).nextRow();
  }
  g.cell(0, '年度总体目标', { rowSpan: 2, style: CENTER }).cell(1, '年初设定目标', { colSpan: 4, style: CENTER }).cell(5, '全年完成情况', { colSpan: 4, style: CENTER }).nextRow();
  g.cell(1, printText(t.goals.expected), { colSpan: 4, style: WRAP }).cell(5, printText(t.goals.actual), { colSpan: 4, style: WRAP }).nextRow();
  g.cell(0, '分解目标自评', { colSpan: 9, style: CENTER }).nextRow();
  g.markHeader();
  ['一级指标', '一级权重', '二级指标', '三级指标', '分值', '年度指标值', '全年完成值', '偏差及原因分析', '自评分'].forEach((h, k) => g.cell(k, h, { style: CENTER }));
  g.nextRow();
  indicatorRows(g, t.indicators, o, (row, ind, labels) => {
    labels(0, 2, { col: 1, text: (l1) => printNumber(t.level1_weights?.[l1] ?? null) });
    row.cell(3, printText(ind.name), { style: WRAP }).cell(4, printNumber(ind.weight)).cell(5, printText(ind.target), { style: WRAP })
      .cell(6, printText(ind.actual), { style: WRAP }).cell(7, printText(ind.deviation), { style: WRAP }).cell(8, printNumber(ind.score));
  });
  g.cell(0, '总分', { colSpan: 4, style: CENTER }).cell(4, printNumber(t.total.weight)).cell(5, '', { colSpan: 3 }).cell(8, printNumber(t.total.score)).nextRow();
  return [titlePart(t, 9, `申报时段:(${t.period ?? `${t.year}年`})`), g.build()];
}

function targetDeclaration(t: Table, o: LayoutOptions): SheetPart[] {
  const g = new PartBuilder('grid');
  g.cell(0, '项目名称', { style: CENTER }).cell(1, printText(t.project), { colSpan: 5 }).nextRow();
  g.cell(0, '主管部门', { style: CENTER }).cell(1, printText(t.department), { colSpan: 2, style: WRAP })
    .cell(3, '实施单位', { style: CENTER }).cell(4, printText(t.implementer), { colSpan: 2, style: WRAP }).nextRow();
  g.cell(0, '计划开始日期', { style: CENTER }).cell(1, t.start_date ?? '', { colSpan: 2 })
    .cell(3, '计划完成日期', { style: CENTER }).cell(4, t.end_date ?? '', { colSpan: 2 }).nextRow();
  const PREFIX = '项目资金总额/';
  const left = t.funds.filter((f) => f.item === '项目资金总额' || f.item.startsWith(PREFIX));
  const right = t.funds.filter((f) => !left.includes(f));
  const n = Math.max(left.length, right.length);
  g.cell(0, printText(`项目资金(${t.unit ?? '元'})`), { rowSpan: n, style: CENTER });
  for (let k = 0; k < n; k++) {
    const l = left[k], r = right[k];
    g.cell(1, l ? printText(l.item.replace(PREFIX, '')) : '').cell(2, l ? printAmount(l.initial_budget, t.unit, o.amountStyle) : '')
      .cell(3, r ? printText(r.item) : '').cell(4, r ? printAmount(r.initial_budget, t.unit, o.amountStyle) : '', { colSpan: 2 }).nextRow();
  }
  // as the archives print it: the project-period goal and the year's goal side by side, the text under the first
  const period = `${t.start_date?.slice(0, 4) ?? t.year}年-${t.end_date?.slice(0, 4) ?? t.year}年`;
  g.cell(0, printText(`项目总体目标(${period})`), { colSpan: 3, style: CENTER }).cell(3, '年度总体目标', { colSpan: 3, style: CENTER }).nextRow();
  g.cell(0, '项目概述', { style: CENTER }).cell(1, printText(t.goals.expected), { colSpan: 2, style: WRAP }).cell(3, printText(t.goals.actual), { colSpan: 3, style: WRAP }).nextRow();
  g.cell(0, '绩效指标', { rowSpan: 1 + t.indicators.length, style: CENTER });
  g.markHeader();
  ['一级指标', '二级指标', '三级指标'].forEach((h, k) => g.cell(1 + k, h, { style: CENTER }));
  g.cell(4, '年度指标值', { colSpan: 2, style: CENTER }).nextRow();
  indicatorRows(g, t.indicators, o, (row, ind, labels) => {
    labels(1, 2);
    row.cell(3, printText(ind.name), { style: WRAP }).cell(4, printText(ind.target), { colSpan: 2, style: WRAP });
  });
  return [titlePart(t, 6, `(${t.year}年度)`), g.build()];
}

type Labels = (col1: number, col2: number, extra?: { col: number; text: (level1: string) => string }) => void;

/**
 * One row per indicator. `labels(c1, c2)` prints the 一级 label in column c1 and the 二级
 * label in c2, merged over their groups (or on the group's first row only).
 */
function indicatorRows(
  g: PartBuilder,
  indicators: readonly Indicator[],
  o: LayoutOptions,
  row: (g: PartBuilder, ind: Indicator, labels: Labels) => void,
): void {
  const key1 = (i: Indicator) => i.level1 ?? '';
  const key2 = (i: Indicator) => `${i.level1 ?? ''}/${i.level2 ?? ''}`;
  const runLength = (k: number, key: (i: Indicator) => string) => {
    let n = 1;
    while (k + n < indicators.length && key(indicators[k + n]!) === key(indicators[k]!)) n++;
    return n;
  };
  indicators.forEach((ind, k) => {
    const first1 = k === 0 || key1(indicators[k - 1]!) !== key1(ind);
    const first2 = k === 0 || key2(indicators[k - 1]!) !== key2(ind);
    const labels: Labels = (c1, c2, extra) => {
      const span1 = runLength(k, key1), span2 = runLength(k, key2);
      if (o.mergeLabels) {
        if (first1) {
          g.cell(c1, printText(ind.level1 ?? ''), { rowSpan: span1, style: CENTER });
          if (extra) g.cell(extra.col, extra.text(ind.level1 ?? ''), { rowSpan: span1, style: CENTER });
        }
        if (first2) g.cell(c2, printText(ind.level2 ?? ''), { rowSpan: span2, style: CENTER });
      } else {
        g.cell(c1, first1 ? printText(ind.level1 ?? '') : '', { style: CENTER });
        if (extra) g.cell(extra.col, first1 ? extra.text(ind.level1 ?? '') : '', { style: CENTER });
        g.cell(c2, first2 ? printText(ind.level2 ?? '') : '', { style: CENTER });
      }
    };
    row(g, ind, labels);
    g.nextRow();
  });
}
