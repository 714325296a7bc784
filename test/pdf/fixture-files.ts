import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Row } from '../../schemas/cells.js';

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

/** The Row stream cut into tables (runs of grid rows) and free lines. */
export function tablesAndLines(rows: readonly Row[]): { tables: Row[][]; lines: string[] } {
  const tables: Row[][] = [];
  const lines: string[] = [];
  let current: Row[] | null = null;
  for (const row of rows) {
    if (row.layout === 'grid') {
      if (!current) tables.push((current = []));
      current.push(row);
    } else {
      current = null;
      lines.push(row.text);
    }
  }
  return { tables, lines };
}

/** A row's cells in the shape of grid.json, for comparison. */
export const cellsOf = (row: Row): ExpectedCell[] =>
  row.cells.map((c) => ({ index: c.index, colSpan: c.colSpan ?? 1, rowSpan: c.rowSpan ?? 1, text: squash(c.text) ?? '' }));
