import type { TableKind } from '../schemas/record.js';
import { compact, type NRow } from './norm-cell.js';
import { headerFieldOf } from './labels.js';
import { isPageLine } from './page-marks.js';

/** One table's rows, cut out of a document. Narrative before the first title is not part of any block. */
export interface TableBlock {
  readonly kind: TableKind;
  readonly title: string | null;
  readonly rows: readonly NRow[];
}

const TITLE_RULES: ReadonlyArray<readonly [TableKind, RegExp]> = [
  ['dept_self_eval', /(部门|单位).{0,6}整体支出绩效(自评|评价)表|整体支出绩效自评表/],
  ['target_declaration', /绩效目标(申报|设定|批复)?表/],
  ['project_self_eval', /项目(支出)?绩效(自评|评价)表|支出绩效自评表|绩效自评表/],
];

/** A title is a short row that names one of the table kinds. */
export function titleKind(row: NRow): { kind: TableKind; title: string } | null {
  // markdown headings and emphasis (# 财政项目支出绩效自评表, **…**) are decoration
  const text = compact(row).replace(/^#+/, '').replace(/\*\*/g, '');
  if (text.length === 0 || text.length > 60) return null;
  for (const [kind, re] of TITLE_RULES) {
    const m = re.exec(text);
    if (m) return { kind, title: text.replace(/[(（][^()（）]*\d{4}[^()（）]*[)）]\s*$/, '') || m[0] };
  }
  return null;
}

export const isFurniture = (row: NRow): boolean => row.cells.length > 0 && isPageLine(compact(row));

const startsProject = (row: NRow): boolean => row.cells.length > 0 && headerFieldOf(row.cells[0]!.text) === 'project';

/**
 * Split a document's rows into tables: at every title row, and at a second 项目名称 row
 * inside one block (untitled tables printed back to back).
 */
export function segmentTables(rows: readonly NRow[]): TableBlock[] {
  const blocks: { kind: TableKind; title: string | null; rows: NRow[]; sawProject: boolean; titled: boolean }[] = [];
  let current: (typeof blocks)[number] | null = null;
  for (const row of rows) {
    if (isFurniture(row)) continue;
    const t = titleKind(row);
    if (t) {
      // a repeated title right after a title (page header) does not open a new table
      if (current && current.titled && !current.rows.some((r) => r.cells.length > 1)) continue;
      current = { kind: t.kind, title: t.title, rows: [row], sawProject: false, titled: true };
      blocks.push(current);
      continue;
    }
    if (startsProject(row)) {
      if (!current || current.sawProject) {
        current = { kind: 'unknown', title: null, rows: [], sawProject: false, titled: false };
        blocks.push(current);
      }
      current.sawProject = true;
    }
    current?.rows.push(row);
  }
  return blocks.filter((b) => b.rows.some((r) => r.cells.length > 1)).map((b) => ({ kind: b.kind, title: b.title, rows: b.rows }));
}
