import type { NRow, NCell } from './norm-cell.js';
import { headerFieldOf, SECTION_LABEL, type HeaderField } from './labels.js';

export type HeaderValues = Partial<Record<Exclude<HeaderField, 'other'>, NCell>>;

const isLabel = (c: NCell) => headerFieldOf(c.text) !== null;
const isSection = (c: NCell) => SECTION_LABEL.test(c.text.replace(/\s+/g, ''));
const isBlankValue = (c: NCell) => /^[—–\-/]+$/.test(c.text.trim());

/**
 * Header fields (项目名称, 主管部门, 实施单位, …). Handles `label value label value`,
 * `label label value value` and a row of labels followed by a row of values (paired by column).
 */
export function parseHeaderFields(rows: readonly NRow[]): HeaderValues {
  const out: HeaderValues = {};
  let carried: { field: HeaderField | null; index: number; rank: number }[] = [];
  const ranks: Partial<Record<HeaderField, number>> = {};
  const assign = (field: HeaderField | null, cell: NCell, rank = 0) => {
    if (!field || field === 'other' || isBlankValue(cell)) return;
    // a better label for the same field (所属部门 over 单位名称) replaces the value
    if (!out[field] || rank > (ranks[field] ?? 0)) { out[field] = cell; ranks[field] = rank; }
  };
  for (const row0 of rows) {
    // (a cell right after a label is that label's value, whatever word it starts with)
    const row = { ...row0, cells: row0.cells.flatMap((c, k) => (k > 0 && isLabel(row0.cells[k - 1]!) ? [c] : splitGluedLabel(c))) };
    const labels = row.cells.filter(isLabel);
    const values = row.cells.filter((c) => !isLabel(c) && !isSection(c));
    if (labels.length === 0 && carried.length > 0) {
      // the value row under a row of labels: same column first, else in order
      const left = [...carried];
      for (const v of values) {
        const k = left.findIndex((l) => l.index === v.index);
        const l = k >= 0 ? left.splice(k, 1)[0]! : left.shift();
        if (l) assign(l.field, v, l.rank);
      }
      carried = [];
      continue;
    }
    // a row of a form's printed labels (项目名称 项目性质 项目类别 and an unknown label beside them) holds no values
    const labelRow = labels.length >= 2 && (values.length === 0 || (labels.length >= 3 && values.length <= 1 && row.cells.every((c) => c.text.length <= 8)));
    if (labelRow) {
      carried = row.cells.filter((c) => !isSection(c)).map((c) => ({ field: headerFieldOf(c.text), index: c.index, rank: labelRank(c.text) }));
      continue;
    }
    carried = [];
    const pending: { field: HeaderField; rank: number }[] = [];
    for (const c of row.cells) {
      const field = headerFieldOf(c.text);
      if (field) { pending.push({ field, rank: labelRank(c.text) }); continue; }
      if (isSection(c)) continue;
      const target = pending.shift();
      if (target) assign(target.field, c, target.rank);
    }
  }
  return out;
}

/**
 * Labels of one field that say it more exactly: a department table's 所属部门 (and a project's
 * 主管部门) name the department; 部门名称 / 单位名称 may name the reporting unit itself.
 */
const labelRank = (text: string): number => (/^(所属部门|主管部门)$/.test(text.replace(/\s+/g, '').replace(/[:：]$/, '')) ? 1 : 0);

/**
 * Layout text glues a label to its value with one space (`街镇名称 江桥镇`): such a cell is a
 * label cell and a value cell, the value placed where it is printed.
 */
function splitGluedLabel(c: NCell): NCell[] {
  const m = /^(\S+?)[:：]?\s+(\S.*)$/.exec(c.raw.trim());
  if (!m || headerFieldOf(c.text) !== null || headerFieldOf(m[1]!) === null) return [c];
  const lead = c.raw.length - c.raw.trimStart().length;
  const at = c.raw.indexOf(m[2]!, lead + m[1]!.length);
  const label = m[1]!.replace(/[:：]$/, '');
  return [
    { ...c, text: c.text.slice(0, label.length), raw: m[1]! },
    { ...c, text: c.text.slice(c.text.indexOf(m[2]!.replace(/\s+/g, '').slice(0, 1), label.length)), raw: m[2]!, column: c.column + at },
  ];
}

/** The period a table covers, printed as one cell: `申报时段：(2023年1月-2023年12月)`. */
export function parsePeriod(rows: readonly NRow[]): string | null {
  for (const row of rows.slice(0, 8)) {
    for (const c of row.cells) {
      const m = /^(申报时段|评价时段|评价期间|绩效评价时段|执行期间)[:：]?\(?([^()]+?)\)?$/.exec(c.text.replace(/\s+/g, ''));
      if (m) return m[2]!;
    }
  }
  return null;
}

/** Year of the table: `（2022年度）`, `2022年`, `申报时段：(2023年1月-2023年12月)`. */
export function parseYear(rows: readonly NRow[]): number | null {
  for (const row of rows.slice(0, 8)) {
    const text = row.cells.map((c) => c.text).join(' ');
    const m = /((?:19|20)\d{2})\s*年/.exec(text) ?? /[(（]\s*((?:19|20)\d{2})\s*[)）]/.exec(text);
    if (m) return Number(m[1]);
  }
  return null;
}
