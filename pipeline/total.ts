import type { NRow, NCell } from './norm-cell.js';
import type { IndicatorRole } from './labels.js';
import { cellType } from './cell-type.js';
import { isTotalWord, TOTAL_LABEL } from './sections.js';

export interface TotalCells { readonly weight: NCell | null; readonly score: NCell | null; readonly label: NCell | null }


/**
 * The 总分 row: numbers right of the label go to 分值 then 得分. When the row was broken
 * (`总分` / `| 100 |` / `100 |`), the numbers are gathered from the next few lines.
 */
export function parseTotal(rows: readonly NRow[], at: number, roles: ReadonlyMap<IndicatorRole, number>): TotalCells {
  const row = rows[at]!;
  const labelIdx = row.cells.findIndex((c) => TOTAL_LABEL.test(c.text.replace(/\s+/g, '')));
  const label = labelIdx >= 0 ? row.cells[labelIdx]! : null;
  let numbers = row.cells.slice(labelIdx + 1).filter((c) => cellType(c.text) === 'number');
  if (numbers.length === 0 && isTotalWord(row)) {
    numbers = [];
    for (let k = at + 1; k < rows.length && k <= at + 6 && numbers.length < 2; k++) {
      const r = rows[k]!;
      if (r.cells.length === 0) continue;
      if (!r.cells.every((c) => cellType(c.text) === 'number')) break;
      numbers.push(...r.cells);
    }
    return { label, weight: numbers.length >= 2 ? numbers[0]! : null, score: numbers.length >= 2 ? numbers[1]! : numbers[0] ?? null };
  }
  if (numbers.length >= 2) return { label, weight: numbers[numbers.length - 2]!, score: numbers[numbers.length - 1]! };
  if (numbers.length === 1) {
    const n = numbers[0]!;
    const w = roles.get('weight'); const s = roles.get('score');
    const toWeight = w !== undefined && (s === undefined || Math.abs(n.index - w) < Math.abs(n.index - s));
    return { label, weight: toWeight ? n : null, score: toWeight ? null : n };
  }
  return { label, weight: null, score: null };
}
