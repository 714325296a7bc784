import type { FixtureCase } from '../pdf-fixtures/cases.js';
import type { SheetSpec } from '../pdf-fixtures/sheet-model.js';

/**
 * The Office/HTML fixtures: every PDF fixture printed straight from its sheet (no rewriting of
 * the PDF afterwards), so each table exists in text (seeds), PDF, xlsx, docx and HTML and the
 * records can be compared across containers. The case keeps the PDF fixture's name.
 */
export interface OfficeCase {
  readonly name: string;
  readonly description: string;
  readonly spec: SheetSpec;
  /** also write the .mht archive */
  readonly mht: boolean;
  /** also write .xls/.doc and LibreOffice Calc's and Writer's web pages */
  readonly legacy: boolean;
}

/** Legacy binaries for a few cases: they are larger and prove one thing (the conversion path). */
const LEGACY = new Set(['seed-002-one-table-per-page', 'wrapped-yuan-landscape', 'unmerged-labels-wanyuan']);
const MHT = new Set(['wrapped-yuan-landscape']);

export function officeCases(pdfCases: readonly FixtureCase[]): OfficeCase[] {
  return pdfCases.flatMap((c) => c.source.kind === 'sheet' && c.post.length === 0 && c.errors.length === 0
    ? [{ name: c.name, description: c.description, spec: c.source.spec, mht: MHT.has(c.name), legacy: LEGACY.has(c.name) }]
    : []);
}
