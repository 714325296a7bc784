import type { NRow, NCell } from './norm-cell.js';
import { headerFieldOf, SECTION_LABEL, type HeaderField } from './labels.js';

export type HeaderValues = Partial<Record<Exclude<HeaderField, 'other'>, NCell>>;

const isLabel = (c: NCell) => headerFieldOf(c.text) !== null;
const isSection = (c: NCell) => SECTION_LABEL.test(c.text.replace(/\s+/g, ''));
const isBlankValue = (c: NCell) => /^[—–\-/]+$/.test(c.text.trim());

/**
 * Header fields (项目名称, 主管部门, 实施单位, …). Handles `label value label value`,
 * `label label value value` and a row of labels followed by a row of values.
 */
export function parseHeaderFields(rows: readonly NRow[]): HeaderValues {
  const out: HeaderValues = {};
  let carried: HeaderField[] = [];
  const assign = (field: HeaderField, cell: NCell) => {
    if (field === 'other' || isBlankValue(cell)) return;
    if (!out[field]) out[field] = cell;
  };
  for (const row of rows) {
    const pending: HeaderField[] = [];
    const labelsInRow = row.cells.filter(isLabel).length;
    const valuesInRow = row.cells.filter((c) => !isLabel(c) && !isSection(c)).length;
    // a row of a form's printed labels (项目名称 项目实施 项目性质 项目类别) holds no values
    if (labelsInRow >= 3 && valuesInRow <= 1 && row.cells.every((c) => c.text.length <= 8)) { carried = []; continue; }
    for (const c of row.cells) {
      const field = headerFieldOf(c.text);
      if (field) { pending.push(field); continue; }
      if (isSection(c)) continue;
      const target = pending.shift() ?? (labelsInRow === 0 ? carried.shift() : undefined);
      if (target) assign(target, c);
    }
    carried = labelsInRow > 0 && row.cells.every(isLabel) ? pending : [];
  }
  return out;
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
