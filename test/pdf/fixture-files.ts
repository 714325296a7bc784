import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { GridCell, GridDocument } from '../../schemas/grid.js';

/** The committed PDF fixtures (made by scripts/make-pdf-fixtures.ts) and helpers to read them. */
export const PDF_FIXTURES = join(import.meta.dirname, '..', '..', 'fixtures', 'pdf');

export interface ExpectedCell { index: number; colSpan: number; rowSpan: number; text: string }
export interface ExpectedGrid { tables: ExpectedCell[][][]; lines: string[] }

export const fixtureNames = (): string[] =>
  existsSync(PDF_FIXTURES) ? readdirSync(PDF_FIXTURES).filter((d) => existsSync(join(PDF_FIXTURES, d, 'input.pdf'))).sort() : [];

export const pdfBytes = (name: string): Uint8Array => new Uint8Array(readFileSync(join(PDF_FIXTURES, name, 'input.pdf')));

export const readJson = <T>(name: string, file: string): T | null => {
  const path = join(PDF_FIXTURES, name, file);
  return existsSync(path) ? (JSON.parse(readFileSync(path, 'utf8')) as T) : null;
};

/**
 * Whitespace is layout (wraps, distributed text), not content; Kangxi radicals are glyph
 * artefacts the normalizers fold (CONVENTIONS rule 2), so the grid compares them folded.
 */
export const squash = (s: string | null | undefined): string | null =>
  s == null ? null : s.replace(/\s+/g, '').replace(/[\u2F00-\u2FD5]/g, (ch) => ch.normalize('NFKC'));

/** A GridDocument as tables (rows of cells, by grid row) and free lines. */
export function tablesAndLines(doc: GridDocument): { tables: GridCell[][][]; lines: string[] } {
  const tables: GridCell[][][] = [];
  const lines: string[] = [];
  for (const b of doc.blocks) {
    if (b.kind === 'line') { lines.push(b.text); continue; }
    const rows: GridCell[][] = Array.from({ length: b.rows }, () => []);
    for (const c of b.cells) rows[c.row]!.push(c);
    tables.push(rows);
  }
  return { tables, lines };
}

export const cellsOf = (row: readonly GridCell[]): ExpectedCell[] =>
  row.map((c) => ({ index: c.col, colSpan: c.colSpan, rowSpan: c.rowSpan, text: squash(c.text) ?? '' }));
