/**
 * A generated TableSpec → the parts of a worksheet (scripts/pdf-fixtures/sheet-model.ts), printed
 * the way the district archives lay these tables out: merged 一级/二级 labels, the funds block
 * with its label merged down the left, goals side by side, the 总分 row. Every cell shows the
 * spec's PRINTED string (the expected record reads only the canonical side), stacked, wrapped
 * or full-width as the variant asks.
 */
import type { IndicatorSpec, TableSpec } from '../generate/table-spec.js';
import { PartBuilder, type CellStyle, type SheetPart } from '../pdf-fixtures/sheet-model.js';
import { headerLabel } from './header-labels.js';
import { toFullWidth, wrapText } from './print-forms.js';
import type { LayoutTextVariant } from './variant.js';

const TITLE: CellStyle = { bold: true, size: 16, align: 'center' };
const CENTER: CellStyle = { align: 'center', wrap: true };
const WRAP: CellStyle = { wrap: true };

/** Columns of each kind's grid, in Excel character units, per variant. */
export function columnWidths(kind: TableSpec['kind'], v: LayoutTextVariant): number[] {
  // full-width digits take twice the room: number columns widen so no amount is clipped
  const value = Math.max(v.valueWrap === null ? 16 : v.valueWrap + 3, v.fullWidth ? 26 : 0);
  const label = v.mergeLabels ? 8 : 12;
  const items = v.fundsLabelWrap === null ? 10 : Math.ceil((v.fundsLabelWrap + 3) / 2);
  const head = v.fullWidth ? 14 : v.headerStack === 1 ? 7 : 5;
  switch (kind) {
    case 'project_self_eval': return [6, Math.max(label, items), Math.max(label, items), v.valueWrap === null ? 28 : value + 4, value, value, head, head, v.valueWrap === null ? 30 : value + 4];
    case 'dept_self_eval': return [label, head, label + 2, v.valueWrap === null ? 28 : value + 4, head, value, value, v.valueWrap === null ? 26 : value + 4, head];
    case 'target_declaration': return [10, label + 4, Math.max(label + 6, v.fullWidth ? 26 : 0), v.valueWrap === null ? 36 : value + 8, value, 12];
  }
}

class Printer {
  constructor(private readonly v: LayoutTextVariant) {}
  /** a printed string as set in the cell */
  text(s: string): string { return this.v.fullWidth ? toFullWidth(s) : s; }
  /** a long value, wrapped when the variant asks */
  value(s: string): string { return this.v.valueWrap === null ? this.text(s) : wrapText(this.text(s), this.v.valueWrap); }
  fundsItem(s: string): string { return this.v.fundsLabelWrap === null ? this.text(s) : wrapText(this.text(s), this.v.fundsLabelWrap); }
  head(s: string): string { return headerLabel(s, this.v.headerStack); }
}

function titlePart(spec: TableSpec, cols: number, p: Printer): SheetPart {
  return new PartBuilder('title')
    .cell(0, spec.title.printed, { colSpan: cols, style: TITLE }).nextRow()
    .cell(0, p.text(spec.yearLine), { colSpan: cols, style: { align: 'center' } }).nextRow()
    .build();
}

type Labels = (col1: number, col2: number, extra?: { col: number; text: (i: IndicatorSpec) => string }) => void;

/** One row per indicator; `labels` prints the 一级 and 二级 labels merged over their groups (or on the first row). */
function indicatorRows(g: PartBuilder, inds: readonly IndicatorSpec[], v: LayoutTextVariant, p: Printer, row: (ind: IndicatorSpec, labels: Labels) => void): void {
  const key1 = (i: IndicatorSpec) => i.level1;
  const key2 = (i: IndicatorSpec) => `${i.level1}/${i.level2}`;
  const run = (k: number, key: (i: IndicatorSpec) => string) => {
    let n = 1;
    while (k + n < inds.length && key(inds[k + n]!) === key(inds[k]!)) n++;
    return n;
  };
  inds.forEach((ind, k) => {
    const first1 = k === 0 || key1(inds[k - 1]!) !== key1(ind);
    const first2 = k === 0 || key2(inds[k - 1]!) !== key2(ind);
    row(ind, (c1, c2, extra) => {
      if (v.mergeLabels) {
        if (first1) {
          g.cell(c1, p.text(ind.level1Printed), { rowSpan: run(k, key1), style: CENTER });
          if (extra) g.cell(extra.col, extra.text(ind), { rowSpan: run(k, key1), style: CENTER });
        }
        if (first2) g.cell(c2, p.text(ind.level2Printed), { rowSpan: run(k, key2), style: CENTER });
      } else {
        g.cell(c1, first1 ? p.text(ind.level1Printed) : '', { style: CENTER });
        if (extra) g.cell(extra.col, first1 ? extra.text(ind) : '', { style: CENTER });
        g.cell(c2, first2 ? p.text(ind.level2Printed) : '', { style: CENTER });
      }
    });
    g.nextRow();
  });
}

function projectParts(spec: TableSpec, v: LayoutTextVariant): SheetPart[] {
  const p = new Printer(v);
  const g = new PartBuilder('grid');
  g.cell(0, '项目名称', { colSpan: 2, style: CENTER }).cell(2, p.text(spec.project!.printed), { colSpan: 7, style: WRAP }).nextRow();
  g.cell(0, '主管部门', { colSpan: 2, style: CENTER }).cell(2, p.text(spec.department!.printed), { colSpan: 3, style: WRAP })
    .cell(5, '实施单位', { style: CENTER }).cell(6, p.text(spec.implementer!.printed), { colSpan: 3, style: WRAP }).nextRow();
  g.cell(0, p.text(spec.fundsLabel), { rowSpan: 1 + spec.funds.length, style: CENTER }).cell(1, '', { colSpan: 2 });
  ['年初预算数', '全年预算数', '全年执行数', '分值', '执行率', '得分'].forEach((h, k) => g.cell(3 + k, p.head(h), { style: CENTER }));
  g.nextRow();
  for (const f of spec.funds) {
    g.cell(1, p.fundsItem(f.item.printed), { colSpan: 2, style: WRAP });
    [f.initial_budget, f.annual_budget, f.executed, f.weight, f.rate, f.score].forEach((x, k) => g.cell(3 + k, p.text(x.printed), { style: { align: 'right' } }));
    g.nextRow();
  }
  g.cell(0, '年度总体目标', { rowSpan: 2, style: CENTER }).cell(1, '预期目标', { colSpan: 4, style: CENTER }).cell(5, '实际完成情况', { colSpan: 4, style: CENTER }).nextRow();
  g.cell(1, p.text(spec.goals.expected.printed), { colSpan: 4, style: WRAP }).cell(5, p.text(spec.goals.actual?.printed ?? ''), { colSpan: 4, style: WRAP }).nextRow();
  g.cell(0, '绩效指标', { rowSpan: 1 + spec.indicators.length, style: CENTER });
  g.markHeader();
  ['一级指标', '二级指标', '三级指标', '年度指标值', '实际完成值', '分值', '得分', '偏差原因分析及改进措施'].forEach((h, k) => g.cell(1 + k, p.head(h), { style: CENTER }));
  g.nextRow();
  indicatorRows(g, spec.indicators, v, p, (ind, labels) => {
    labels(1, 2);
    g.cell(3, p.value(ind.name.printed), { style: WRAP }).cell(4, p.value(ind.target.printed), { style: WRAP }).cell(5, p.value(ind.actual.printed), { style: WRAP })
      .cell(6, p.text(ind.weight.printed), { style: { align: 'center' } }).cell(7, p.text(ind.score.printed), { style: { align: 'center' } }).cell(8, p.value(ind.deviation.printed), { style: WRAP });
  });
  g.cell(0, '总分', { colSpan: 6, style: CENTER }).cell(6, p.text(spec.total!.weight.printed), { style: { align: 'center' } })
    .cell(7, p.text(spec.total!.score.printed), { style: { align: 'center' } }).cell(8, '').nextRow();
  return [titlePart(spec, 9, p), g.build()];
}

function deptParts(spec: TableSpec, v: LayoutTextVariant): SheetPart[] {
  const p = new Printer(v);
  const g = new PartBuilder('grid');
  g.cell(0, '街镇名称', { style: CENTER }).cell(1, p.text(spec.region?.printed ?? ''), { colSpan: 3 })
    .cell(4, '下属单位个数', { colSpan: 2, style: CENTER }).cell(6, p.text(spec.subunits ?? ''), { colSpan: 3 }).nextRow();
  g.cell(0, '所属部门', { style: CENTER }).cell(1, p.text(spec.department!.printed), { colSpan: 8 }).nextRow();
  g.cell(0, '部门职责', { style: CENTER }).cell(1, p.text(spec.duties ?? ''), { colSpan: 8, style: WRAP }).nextRow();
  g.cell(0, p.text(spec.fundsLabel), { rowSpan: 1 + spec.funds.length, style: CENTER }).cell(1, '', { colSpan: 2 })
    .cell(3, p.head('全年预算数'), { colSpan: 2, style: CENTER }).cell(5, p.head('全年执行数'), { colSpan: 2, style: CENTER }).cell(7, p.head('执行率'), { colSpan: 2, style: CENTER }).nextRow();
  for (const f of spec.funds) {
    g.cell(1, p.fundsItem(f.item.printed), { colSpan: 2, style: WRAP }).cell(3, p.text(f.annual_budget.printed), { colSpan: 2, style: { align: 'right' } })
      .cell(5, p.text(f.executed.printed), { colSpan: 2, style: { align: 'right' } }).cell(7, p.text(f.rate.printed), { colSpan: 2, style: { align: 'right' } }).nextRow();
  }
  g.cell(0, '年度总体目标', { rowSpan: 2, style: CENTER }).cell(1, '年初设定目标', { colSpan: 4, style: CENTER }).cell(5, '全年完成情况', { colSpan: 4, style: CENTER }).nextRow();
  g.cell(1, p.text(spec.goals.expected.printed), { colSpan: 4, style: WRAP }).cell(5, p.text(spec.goals.actual?.printed ?? ''), { colSpan: 4, style: WRAP }).nextRow();
  g.cell(0, '分解目标自评', { colSpan: 9, style: CENTER }).nextRow();
  g.markHeader();
  ['一级指标', '一级权重', '二级指标', '三级指标', '分值', '年度指标值', '全年完成值', '偏差及原因分析', '自评分'].forEach((h, k) => g.cell(k, p.head(h), { style: CENTER }));
  g.nextRow();
  const weightOf = (i: IndicatorSpec) => p.text(spec.level1Weights.find((w) => w.level1 === i.level1)?.weight.printed ?? '');
  indicatorRows(g, spec.indicators, v, p, (ind, labels) => {
    labels(0, 2, { col: 1, text: weightOf });
    g.cell(3, p.value(ind.name.printed), { style: WRAP }).cell(4, p.text(ind.weight.printed), { style: { align: 'center' } })
      .cell(5, p.value(ind.target.printed), { style: WRAP }).cell(6, p.value(ind.actual.printed), { style: WRAP })
      .cell(7, p.value(ind.deviation.printed), { style: WRAP }).cell(8, p.text(ind.score.printed), { style: { align: 'center' } });
  });
  g.cell(0, '总分', { colSpan: 4, style: CENTER }).cell(4, p.text(spec.total!.weight.printed), { style: { align: 'center' } }).cell(5, '', { colSpan: 3 })
    .cell(8, p.text(spec.total!.score.printed), { style: { align: 'center' } }).nextRow();
  return [titlePart(spec, 9, p), g.build()];
}

function declarationParts(spec: TableSpec, v: LayoutTextVariant): SheetPart[] {
  const p = new Printer(v);
  const m = spec.declarationFunds!;
  const g = new PartBuilder('grid');
  g.cell(0, '项目名称', { style: CENTER }).cell(1, p.text(spec.project!.printed), { colSpan: 5 }).nextRow();
  g.cell(0, '主管部门', { style: CENTER }).cell(1, p.text(spec.department!.printed), { colSpan: 2, style: WRAP })
    .cell(3, '实施单位', { style: CENTER }).cell(4, p.text(spec.implementer!.printed), { colSpan: 2, style: WRAP }).nextRow();
  g.cell(0, '计划开始日期', { style: CENTER }).cell(1, p.text(spec.startDate ?? ''), { colSpan: 2 })
    .cell(3, '计划完成日期', { style: CENTER }).cell(4, p.text(spec.endDate ?? ''), { colSpan: 2 }).nextRow();
  const money: Array<[string, string, string, string]> = [
    ['项目资金总额', m.total, '年度资金申请总额', m.annualTotal],
    ['其中：财政拨款', m.fiscal, '其中：当年财政拨款', m.annualFiscal],
    ['其他资金', '', '上年结转资金', m.carryOver],
    ['', '', '其他资金', '0.00'],
  ];
  g.cell(0, p.text(spec.fundsLabel), { rowSpan: money.length, style: CENTER });
  for (const [l, a, r, b] of money) {
    g.cell(1, p.fundsItem(l), { style: WRAP }).cell(2, p.text(a), { style: { align: 'right' } })
      .cell(3, p.fundsItem(r), { style: WRAP }).cell(4, p.text(b), { colSpan: 2, style: { align: 'right' } }).nextRow();
  }
  g.cell(0, '年度总体目标', { style: CENTER }).cell(1, p.text(spec.goals.expected.printed), { colSpan: 5, style: WRAP }).nextRow();
  g.cell(0, '绩效目标', { rowSpan: 1 + spec.indicators.length, style: CENTER });
  g.markHeader();
  ['一级指标', '二级指标', '三级指标'].forEach((h, k) => g.cell(1 + k, p.head(h), { style: CENTER }));
  g.cell(4, p.head('年度指标值'), { colSpan: 2, style: CENTER }).nextRow();
  indicatorRows(g, spec.indicators, v, p, (ind, labels) => {
    labels(1, 2);
    g.cell(3, p.value(ind.name.printed), { style: WRAP }).cell(4, p.value(ind.target.printed), { colSpan: 2, style: WRAP });
  });
  return [titlePart(spec, 6, p), g.build()];
}

const PARTS: Readonly<Record<TableSpec['kind'], (spec: TableSpec, v: LayoutTextVariant) => SheetPart[]>> = {
  project_self_eval: projectParts,
  dept_self_eval: deptParts,
  target_declaration: declarationParts,
};

export const sheetParts = (spec: TableSpec, v: LayoutTextVariant): SheetPart[] => PARTS[spec.kind](spec, v);
