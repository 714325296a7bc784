import type { Level1 } from '../schemas/record.js';
import type { NRow, NCell } from './norm-cell.js';
import { level1Of, level2Of, indicatorRoleOf, labelFragment, type IndicatorRole, type Level2Def } from './labels.js';
import { cellType, isValueLike, type CellType } from './cell-type.js';
import { monotoneAlign } from './monotone-align.js';

/** A printed hierarchy label found in a row. */
export type PrintedLabel =
  | { readonly kind: 'level1'; readonly level1: Level1; readonly cell: NCell }
  | { readonly kind: 'level2'; readonly def: Level2Def; readonly cell: NCell }
  | { readonly kind: 'free_level2'; readonly name: string; readonly cell: NCell };

export type ValueRole = Exclude<IndicatorRole, 'level1' | 'level2' | 'name' | 'level1_weight'>;

/** One indicator as printed, before its level is decided. */
export interface IndicatorRow {
  readonly row: NRow;
  readonly labels: PrintedLabel[];
  readonly name: NCell;
  readonly values: Partial<Record<ValueRole, NCell>>;
  readonly unplaced: NCell[];
  /** 一级权重 printed in this row (department tables) */
  readonly level1Weight: NCell | null;
  /** numbers printed before the name that are no 一级权重 (e.g. a merged 分值 cell) */
  readonly leadingNumbers: NCell[];
}

const SECTION_CELL = /^(绩效指标|绩效目标|分解目标自评|绩效指标完成情况)$/;

/**
 * Space-aligned text may glue a label to the indicator beside it with one space
 * (`服务对象满意度指标 参训学员满意度`): split a cell whose first word is a full label.
 */
function splitLabelPrefixes(cells: readonly NCell[]): NCell[] {
  const out: NCell[] = [];
  for (const c of cells) {
    const m = /^(\S{2,}?)\s+(\S.*)$/.exec(c.raw.trim());
    const whole = level2Of(c.text) || level1Of(c.text) || labelFragment(c.text) !== null;
    if (m && !whole && (level2Of(m[1]!) || level1Of(m[1]!) || labelFragment(m[1]!)?.kind === 'head') && !level2Of(m[2]!) && !labelFragment(m[2]!)) {
      const rest = c.text.slice(c.text.indexOf(m[2]!.replace(/\s+/g, '').slice(0, 2)));
      out.push({ ...c, text: c.text.slice(0, c.text.length - rest.length), raw: m[1]! });
      out.push({ ...c, text: rest, raw: m[2]!, column: c.column + c.raw.indexOf(m[2]!) });
    } else out.push(c);
  }
  return out;
}

export interface RowParseContext {
  readonly roles: ReadonlyMap<IndicatorRole, number>;
  /** free-form 二级 labels are only read where a 投入管理 block exists */
  readonly allowFreeLevel2: boolean;
}

/** Mutable scan state across the rows of one indicator block. */
export interface RowScanState {
  /** free-form 二级 labels (投入管理 groups) come before the first canonical 二级 label */
  canonicalSeen: boolean;
}

export type ParsedRow =
  | { readonly kind: 'indicator'; readonly value: IndicatorRow }
  | { readonly kind: 'labels'; readonly labels: PrintedLabel[]; readonly row: NRow }
  | { readonly kind: 'continuation'; readonly cell: NCell; readonly role: 'deviation' | 'target' | 'actual' }
  | { readonly kind: 'empty' };

export function parseIndicatorRow(row: NRow, ctx: RowParseContext, state: RowScanState = { canonicalSeen: false }): ParsedRow {
  const labels: PrintedLabel[] = [];
  const content: NCell[] = [];
  for (const c of splitLabelPrefixes(row.cells)) {
    const key = c.text.replace(/\s+/g, '');
    if (SECTION_CELL.test(key) || indicatorRoleOf(key) !== null && key.length < 4) continue;
    // fragments of the 绩效指标 / 绩效目标 label split over lines, left of the hierarchy columns
    const firstHierarchyCol = ctx.roles.get('level1') ?? ctx.roles.get('level2') ?? ctx.roles.get('name') ?? 0;
    if (c.index < firstHierarchyCol && /^(绩效|指标|目标|绩效指标|绩效目标)$/.test(key)) continue;
    // a label cut by a wrap: its head stands for the label, its tail (标, 指标) is dropped
    const frag = isValueLike(key) ? null : labelFragment(key);
    if (frag?.kind === 'piece') continue;
    if (frag?.kind === 'head') {
      const full = level2Of(frag.label);
      if (full) { labels.push({ kind: 'level2', def: full, cell: c }); continue; }
      const l1full = level1Of(frag.label);
      if (l1full) { labels.push({ kind: 'level1', level1: l1full, cell: c }); continue; }
      continue;
    }
    // a label word standing in the name column without 指标 (服务对象满意度) is an indicator's name
    const nameColumn = ctx.roles.get('name');
    const laterText = row.cells.some((d) => d.index > c.index && !isValueLike(d.text) && cellType(d.text) !== 'number' && !level2Of(d.text) && !level1Of(d.text));
    const inNameColumn = !key.endsWith('指标') && ((nameColumn !== undefined && c.index >= nameColumn) || !laterText);
    const l2 = inNameColumn ? null : level2Of(key);
    const l1 = inNameColumn ? null : level1Of(key);
    const atLevel1Column = ctx.roles.get('level1') === c.index;
    // 满意度指标 and 成本指标 are both 一级 and 二级 names: the column decides, else 二级.
    if (l1 && l2 && atLevel1Column) labels.push({ kind: 'level1', level1: l1, cell: c });
    if (l2) { labels.push({ kind: 'level2', def: l2, cell: c }); continue; }
    if (l1) { labels.push({ kind: 'level1', level1: l1, cell: c }); continue; }
    content.push(c);
  }
  // 成本指标 / 满意度指标 in the 一级 column is the 一级 when the row prints its own 二级 too
  // (2021+ templates: 成本指标 → 经济成本指标)
  const l1Col = ctx.roles.get('level1');
  const twoLevel2 = labels.filter((l) => l.kind === 'level2').length > 1;
  if (twoLevel2) {
    const k = labels.findIndex((l) => l.kind === 'level2' && l.cell.index === l1Col);
    if (k >= 0) labels.splice(k, 1);
  }
  if (labels.some((l) => l.kind === 'level2')) state.canonicalSeen = true;
  if (content.length === 0) return labels.length ? { kind: 'labels', labels, row } : { kind: 'empty' };

  // numbers before the indicator's name: the 一级权重 of department tables
  let level1Weight: NCell | null = null;
  const leading: NCell[] = [];
  while (content.length && cellType(content[0]!.text) === 'number') {
    const n = content.shift()!;
    if (ctx.roles.has('level1_weight') && labels.some((l) => l.kind === 'level1')) level1Weight = n;
    else leading.push(n);
  }
  if (content.length === 0) return labels.length ? { kind: 'labels', labels, row } : { kind: 'empty' };

  const first = content[0]!;
  // a lone text right of the name column continues the previous row's cell in that column
  // (long deviations and targets wrapped onto the next lines)
  const nameCol = ctx.roles.get('name');
  if (content.length === 1 && labels.length === 0 && leading.length === 0 && nameCol !== undefined && first.index > nameCol && cellType(first.text) !== 'number') {
    const cands = (['target', 'actual', 'deviation'] as const).filter((r) => ctx.roles.has(r));
    let role: 'target' | 'actual' | 'deviation' = 'deviation';
    let best = Infinity;
    for (const r of cands) { const d = Math.abs(ctx.roles.get(r)! - first.index); if (d < best) { best = d; role = r; } }
    return { kind: 'continuation', cell: first, role };
  }

  let nameIdx = content.findIndex((c) => !isValueLike(c.text));
  if (nameIdx < 0) nameIdx = 0;
  if (ctx.allowFreeLevel2 && !state.canonicalSeen && nameIdx + 1 < content.length) {
    const a = content[nameIdx]!;
    const b = content[nameIdx + 1]!;
    const l2Col = ctx.roles.get('level2');
    const nameCol = ctx.roles.get('name');
    const looksLikeGroup = /(管理|指标|情况)$/.test(a.text) && a.text.length <= 14;
    const atColumns = l2Col !== undefined && nameCol !== undefined && a.index === l2Col && b.index === nameCol;
    const nameLike = !isValueLike(b.text) && !/^[\d≥≤><=+-]/.test(b.text);
    if (nameLike && (looksLikeGroup || atColumns)) {
      labels.push({ kind: 'free_level2', name: a.text.replace(/\s+/g, ''), cell: a });
      nameIdx += 1;
    }
  }
  let name = content[nameIdx]!;
  const before = content.slice(0, nameIdx);
  let after = content.slice(nameIdx + 1);
  // space-aligned text glues a value to the name with one space when they stand close
  // (`健身器材更新完成率 100%`): split it off when the name column holds it
  const glued = /^(.*\S)\s+(\S+)$/.exec(name.raw.trim());
  const targetCol = ctx.roles.get('target');
  if (glued && targetCol !== undefined && !after.some((c) => c.index === name.index + (targetCol - (ctx.roles.get('name') ?? 0))) && isValueLike(glued[2]!) && !isValueLike(glued[1]!)) {
    const valueText = glued[2]!;
    const head = name.text.slice(0, name.text.length - valueText.length);
    if (head && name.text.endsWith(valueText)) {
      const valueCell: NCell = { ...name, text: valueText, raw: valueText, index: name.index + 1, column: name.column + name.raw.lastIndexOf(valueText) };
      name = { ...name, text: head, raw: glued[1]! };
      after = [valueCell, ...after];
    }
  }
  const { values, unplaced } = alignValues(after, name, ctx.roles);
  return { kind: 'indicator', value: { row, labels, name, values, unplaced: [...before, ...unplaced], level1Weight, leadingNumbers: leading } };
}

const VALUE_ROLES: readonly ValueRole[] = ['target', 'actual', 'weight', 'score', 'deviation'];

/**
 * Place the cells right of the name onto the header's value columns: a monotone alignment
 * (cells keep their order) that scores how well each cell's content fits the column and how
 * close it stands to where the header puts that column, shifted like the name cell.
 */
export function alignValues(cells: readonly NCell[], name: NCell, roles: ReadonlyMap<IndicatorRole, number>): { values: Partial<Record<ValueRole, NCell>>; unplaced: NCell[] } {
  // the cells right of the name may be shifted once more (a doubled or dropped empty cell
  // after the name): try small extra shifts and keep the best alignment
  let best: { score: number; values: Partial<Record<ValueRole, NCell>>; unplaced: NCell[] } | null = null;
  const shift = name.index - (roles.get('name') ?? name.index);
  for (const extra of [0, 1, -1, 2, -2]) {
    const r = alignWithShift(cells, name, roles, extra);
    // every cell exactly under its column: nothing to improve on
    if (extra === 0 && r.unplaced.length === 0 && Object.entries(r.values).every(([role, c]) => c!.index === roles.get(role as ValueRole)! + shift)) return r;
    const score = r.score - 0.3 * Math.abs(extra);
    if (!best || score > best.score + 1e-9) best = { ...r, score };
  }
  return { values: best!.values, unplaced: best!.unplaced };
}

function alignWithShift(cells: readonly NCell[], name: NCell, roles: ReadonlyMap<IndicatorRole, number>, extra: number): { score: number; values: Partial<Record<ValueRole, NCell>>; unplaced: NCell[] } {
  const order = VALUE_ROLES.filter((r) => roles.has(r)).sort((a, b) => roles.get(a)! - roles.get(b)!);
  const shift = name.index - (roles.get('name') ?? name.index) + extra;
  // dropping a cell that carries content costs more than dropping a bare number
  const skipCost = (c: NCell) => (cellType(c.text) === 'number' ? -1.5 : -4);
  const a = monotoneAlign(cells, order, (c, role) => fit(c, role, roles.get(role)! + shift), skipCost);
  const values: Partial<Record<ValueRole, NCell>> = {};
  for (const [c, role] of a.pairs) values[role] = c;
  return { score: a.score, values, unplaced: [...a.unplaced] };
}

/** How well each kind of content fits each column. */
const FIT: Readonly<Record<ValueRole, Readonly<Record<CellType, number>>>> = {
  target: { number: 0.6, measure: 1.5, short_text: 1, long_text: 0.3 },
  actual: { number: 0.6, measure: 1.5, short_text: 1, long_text: 0.3 },
  weight: { number: 2, measure: -3, short_text: -3, long_text: -3 },
  score: { number: 2, measure: -3, short_text: -3, long_text: -3 },
  deviation: { number: -3, measure: -0.5, short_text: 0.6, long_text: 2 },
};

function fit(cell: NCell, role: ValueRole, expectedIndex: number): number {
  const t = cellType(cell.text);
  const d = Math.abs(cell.index - expectedIndex);
  const pos = d === 0 ? 1 : d === 1 ? 0.4 : d === 2 ? 0 : -0.4;
  return FIT[role][t] + pos;
}
