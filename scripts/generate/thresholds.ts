/**
 * The accuracy each class of generated document must reach, per field. One table, so the lead
 * can tune a class or a single field in one place. `easy` documents (no perturbation) must be
 * perfect on every field; each single-perturbation class starts at 0.98 on the indicator core
 * fields and 0.95 on the rest; `mixed` (several perturbations at once) a little lower.
 */
import type { Field } from './score.js';
import type { PerturbationClass } from './perturbations.js';

export const INDICATOR_CORE: readonly Field[] = [
  'indicator.level1', 'indicator.level2', 'indicator.name', 'indicator.target', 'indicator.actual', 'indicator.weight', 'indicator.score',
];

export interface ClassThreshold {
  /** INDICATOR_CORE fields */
  readonly core: number;
  /** every other field */
  readonly other: number;
  /** per-field overrides */
  readonly fields?: Partial<Record<Field, number>>;
}

const single: ClassThreshold = { core: 0.98, other: 0.95 };

export const THRESHOLDS: Readonly<Record<PerturbationClass, ClassThreshold>> = {
  easy: { core: 1, other: 1 },
  labels_middle: single,
  labels_last: single,
  label_split_lines: single,
  row_shift: single,
  empty_cells_doubled: single,
  empty_cells_dropped: single,
  wrap_spaces: single,
  long_cell_continued: single,
  duplicate_wrap_fragment: single,
  html_remnants: single,
  fullwidth: single,
  kangxi: single,
  traditional: single,
  header_label_row: single,
  total_broken: single,
  page_break: single,
  narrative: single,
  crlf: single,
  bom: single,
  gb18030: single,
  mixed: { core: 0.95, other: 0.9 },
};

export function thresholdFor(cls: PerturbationClass, field: Field): number {
  const t = THRESHOLDS[cls];
  return t.fields?.[field] ?? (INDICATOR_CORE.includes(field) ? t.core : t.other);
}
