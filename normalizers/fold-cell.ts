import type { FindingCode } from '../schemas/finding-codes.js';
import { foldGlyphs } from './fold-glyphs.js';
import { foldWidth } from './fold-width.js';
import { repairWraps } from './repair-wraps.js';
import { stripMarkup } from './strip-markup.js';
import { toSimplified } from './to-simplified.js';

/** Something folding did to a cell that a table-level finding should report. */
export type FoldNote = { readonly kind: 'glyphs' } | { readonly kind: 'traditional' } | { readonly kind: 'duplicate_fragment' };
export type FoldNoteKind = FoldNote['kind'];

/** The finding each note becomes (once per table, by the caller). */
export const FOLD_NOTE_CODE: Readonly<Record<FoldNoteKind, FindingCode>> = {
  glyphs: 'GLYPHS_FOLDED',
  traditional: 'TRADITIONAL_CONVERTED',
  duplicate_fragment: 'DUPLICATE_WRAP_FRAGMENT',
};

export interface FoldOptions {
  /** Traditional → Simplified; decided once per document (see `looksTraditional`), not per cell. */
  readonly simplify?: boolean;
}

/**
 * The CONVENTIONS text folding of one cell, in the order markup (4) → width (1) → glyphs (2)
 * → Traditional (3, when asked) → wraps (5, 6).
 */
export function foldCell(raw: string, options: FoldOptions = {}): { text: string; notes: FoldNote[] } {
  const notes: FoldNote[] = [];
  const glyphs = foldGlyphs(foldWidth(stripMarkup(raw)));
  if (glyphs.changed) notes.push({ kind: 'glyphs' });
  let text = glyphs.text;
  if (options.simplify) {
    const simplified = toSimplified(text);
    if (simplified.changed) notes.push({ kind: 'traditional' });
    text = simplified.text;
  }
  const wraps = repairWraps(text);
  if (wraps.duplicateFragment) notes.push({ kind: 'duplicate_fragment' });
  return { text: wraps.text, notes };
}
