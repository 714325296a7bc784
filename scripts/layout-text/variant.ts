import type { HeaderStack } from './header-labels.js';

/** How one layout-text case prints its tables (everything else comes from the generated spec). */
export interface LayoutTextVariant {
  /** column header labels on 1, 2 or 3 lines */
  readonly headerStack: HeaderStack;
  /** names, targets, actual values and deviation notes wrapped to this many display columns (null: one line) */
  readonly valueWrap: number | null;
  /** funds item labels wrapped to this many display columns (`其中:当年财政拨` / `款`) */
  readonly fundsLabelWrap: number | null;
  /** 一级/二级 labels merged over their group (centred on their own lines) or on the group's first row */
  readonly mergeLabels: boolean;
  /** funds: every amount printed, or the 年初预算数 column left blank (fewer amounts than columns) */
  readonly funds: 'full' | 'blank_initial';
  /** ASCII printed in full-width forms */
  readonly fullWidth: boolean;
  readonly orientation: 'portrait' | 'landscape';
  /** the indicator header row printed again at the top of every page (Excel "rows to repeat"; one-table sheets only) */
  readonly repeatHeader: boolean;
}
