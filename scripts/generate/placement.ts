/** Where a merged (vertically spanning) label is printed within its group of rows. */
export type LabelPlacement = 'first' | 'middle' | 'last';

/** The row of a group of `size` rows that carries the label. */
export function labelRowIndex(size: number, placement: LabelPlacement): number {
  switch (placement) {
    case 'first': return 0;
    case 'middle': return Math.floor((size - 1) / 2);
    case 'last': return size - 1;
  }
}

/**
 * Whether a name whose wording does not reveal its group may sit at `index` of a group: only
 * where position alone decides it — anywhere when labels open their group (every unlabelled
 * row belongs to the label above), else only on the label row itself.
 */
export const neutralAllowedAt = (placement: LabelPlacement, size: number, index: number): boolean =>
  placement === 'first' || index === labelRowIndex(size, placement);

/** The smallest group where a placement differs from `first` (so the perturbation is visible). */
export const minVisibleGroup = (placement: LabelPlacement): number => (placement === 'middle' ? 3 : placement === 'last' ? 2 : 1);
