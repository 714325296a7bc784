import { compact, type NRow } from './norm-cell.js';
import { FUNDS_COLUMN_WORD, indicatorRoleOf, type IndicatorRole } from '../vocabulary/column-words.js';

/** The funds block's own label, with the unit it may carry: 项目资金(万元), 整体支出规模. */
const FUNDS_BLOCK_WORD = /^(项目资金|整体支出规模|资金情况|预算执行情况|年度预算执行情况)/;
export const FUNDS_BLOCK_LABEL = new RegExp(`${FUNDS_BLOCK_WORD.source}(\\((万)?元\\))?$`);
const GOALS_COLUMNS = /^(预期目标|实际完成情况|年初设定目标|全年完成情况|年度总体目标|项目总体目标.*|实际完成目标|年度绩效目标)$/;
/** The label of the total row. */
export const TOTAL_LABEL = /^(总分|合计|总计|综合得分|评价得分)$/;

export function indicatorHeaderRoles(row: NRow): Map<IndicatorRole, number> | null {
  const roles = new Map<IndicatorRole, number>();
  for (const c of row.cells) {
    const r = indicatorRoleOf(c.text);
    if (r && !roles.has(r)) roles.set(r, c.index);
  }
  const hasName = roles.has('name') || (roles.has('level1') && roles.has('level2'));
  return roles.size >= 3 && hasName ? roles : null;
}

export function isFundsHeader(row: NRow): boolean {
  const cols = row.cells.filter((c) => FUNDS_COLUMN_WORD.test(c.text.replace(/\s+/g, ''))).length;
  return cols >= 2 && (row.cells.some((c) => FUNDS_BLOCK_WORD.test(c.text.replace(/\s+/g, ''))) || cols >= 3);
}

export function isGoalsHeader(row: NRow): boolean {
  const labels = row.cells.filter((c) => GOALS_COLUMNS.test(c.text.replace(/\s+/g, ''))).length;
  return labels >= 2 && row.cells.every((c) => c.text.length < 20);
}

/** A goal printed as one row: its label and the text (年度总体目标 | 完成站点改造…). */
// (年度 / 总体 / 目标: the label split over lines, the text on one of them)
const GOAL_ROW_LABEL = /^(年度总体目标|项目总体目标.*|总体目标|年度绩效目标|绩效目标|项目概述|年度目标|年度|总体|目标)$/;
export function isGoalRow(row: NRow): boolean {
  const first = row.cells[0];
  return !!first && GOAL_ROW_LABEL.test(first.text.replace(/\s+/g, '')) && row.cells.slice(1).some((c) => c.text.length >= 4 && !/^[\d.,%]+$/.test(c.text));
}

export function isTotalRow(row: NRow): boolean {
  const first = row.cells.find((c) => !/^\d/.test(c.text));
  return !!first && TOTAL_LABEL.test(first.text.replace(/\s+/g, '')) && row.cells.filter((c) => c.text.length > 8).length === 0;
}

export const isTotalWord = (row: NRow): boolean => TOTAL_LABEL.test(compact(row));
