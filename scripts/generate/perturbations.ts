/**
 * The named perturbations. Each can be switched on alone so a test can measure the extractor
 * on exactly one kind of damage; `mixed` documents combine several.
 */
import type { Rng } from './prng.js';

export const PERTURBATIONS = [
  // where merged labels sit (一级/二级 and the outer 绩效指标 / 项目资金 / 年度总体目标 labels)
  'labels_middle', 'labels_last', 'label_split_lines',
  // cells moved
  'row_shift', 'empty_cells_doubled', 'empty_cells_dropped',
  // text inside cells
  'wrap_spaces', 'long_cell_continued', 'duplicate_wrap_fragment', 'html_remnants', 'fullwidth', 'kangxi', 'traditional',
  // table structure
  'header_label_row', 'total_broken', 'page_break', 'narrative',
  // bytes
  'crlf', 'bom', 'gb18030',
] as const;

export type Perturbation = (typeof PERTURBATIONS)[number];

/** Perturbations that cannot be combined (one of each group at most). */
export const EXCLUSIVE: ReadonlyArray<readonly Perturbation[]> = [
  ['labels_middle', 'labels_last'],
  ['bom', 'gb18030'],
  // Kangxi radicals have only four-byte GB18030 codes, which the test encoder does not write
  ['kangxi', 'gb18030'],
];

export const isPerturbation = (s: string): s is Perturbation => (PERTURBATIONS as readonly string[]).includes(s);

/** A random compatible combination of 1..max perturbations. */
export function randomPerturbations(rng: Rng, max: number): Perturbation[] {
  const chosen: Perturbation[] = [];
  for (const p of rng.shuffle(PERTURBATIONS).slice(0, rng.int(1, max))) {
    const clash = EXCLUSIVE.some((group) => group.includes(p) && group.some((q) => chosen.includes(q)));
    if (!clash) chosen.push(p);
  }
  return PERTURBATIONS.filter((p) => chosen.includes(p));
}

/** The class a document is scored under: `easy` (none), the single perturbation, or `mixed`. */
export type PerturbationClass = 'easy' | Perturbation | 'mixed';

export const classOf = (perturbations: readonly Perturbation[]): PerturbationClass =>
  perturbations.length === 0 ? 'easy' : perturbations.length === 1 ? perturbations[0]! : 'mixed';
