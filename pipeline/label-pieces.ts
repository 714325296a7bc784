import type { NCell } from './norm-cell.js';

/**
 * A tall merged label printed vertically and cut into lines by a text export (项目资 / 金(万 / 元),
 * 年度总 / 体目标): each line holds a piece of one of the block's label forms.
 */
export interface LabelPieces {
  readonly forms: readonly string[];
  /** shortest piece that counts (a bracket piece such as `元)` always does) */
  readonly minLength: number;
}

const key = (text: string): string => text.replace(/\s+/g, '').replace(/（/g, '(').replace(/）/g, ')');

export function isLabelPiece(text: string, pieces: LabelPieces): boolean {
  const k = key(text);
  return k !== '' && (k.length >= pieces.minLength || /[()]/.test(k)) && pieces.forms.some((f) => f.includes(k));
}

/** The piece printed as the first word of a cell, glued by one space (`项目资 年度资金总额`). */
export function leadingPiece(cell: NCell, pieces: LabelPieces): string | null {
  const head = /^(\S+)\s+\S/.exec(cell.raw.trim())?.[1];
  return head !== undefined && isLabelPiece(head, pieces) ? head : null;
}

/** The cell without its leading piece; the cell itself when it has none. */
export function withoutLeadingPiece(cell: NCell, pieces: LabelPieces): NCell {
  const head = leadingPiece(cell, pieces);
  if (head === null) return cell;
  const rest = cell.raw.trim().slice(head.length).trim();
  const folded = key(head);
  return cell.text.startsWith(folded) ? { ...cell, text: cell.text.slice(folded.length), raw: rest } : cell;
}
