import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { findSoffice, libreOfficeConverter } from '../../extractors/office/libreoffice.js';
import { extractDocument } from '../../pipeline/extract-document.js';
import { DocumentSchema, type Table } from '../../schemas/record.js';
import { officeCaseNames, officeExpected, officeInput } from './office-files.js';
import { scoreTables } from './record-fields.js';

/**
 * Golden tests over the Office/HTML fixtures, end to end through extractDocument: every field
 * of every table, for each container the generator wrote. Expected records come from the sheet
 * specs (scripts/make-office-fixtures.ts), never from the extractor.
 */
/** The arithmetic checks: a table gets exactly the warnings its printed numbers call for (seeds print a few). */
const CHECK_CODES = ['WEIGHT_SUM_MISMATCH', 'SCORE_SUM_MISMATCH', 'EXECUTION_RATE_MISMATCH', 'FUNDS_SCORE_MISMATCH', 'SCORE_EXCEEDS_WEIGHT'];
function expectFindings(expected: readonly (Partial<Table> & { expected_findings?: string[] })[], got: readonly Table[]): void {
  expected.forEach((e, k) => {
    const have = [...new Set((got[k]?.findings ?? []).filter((f) => CHECK_CODES.includes(f.code)).map((f) => f.code))].sort();
    expect(have, `table ${k + 1} arithmetic findings`).toEqual((e.expected_findings ?? []).filter((c) => CHECK_CODES.includes(c)).sort());
  });
}

const MODERN = [['xlsx', 'xlsx'], ['docx', 'docx'], ['html', 'html'], ['mht', 'html'], ['calc.html', 'html'], ['writer.html', 'html']] as const;
const soffice = findSoffice();

describe.each(officeCaseNames())('office %s', (name) => {
  const expected = officeExpected(name);
  for (const [ext, format] of MODERN) {
    const path = officeInput(name, ext);
    if (!path) continue;
    it(`${ext}: a valid Document, format ${format}, every field as printed`, async () => {
      const doc = await extractDocument(readFileSync(path), { file: path });
      expect(DocumentSchema.safeParse(doc).success).toBe(true);
      expect(doc.format).toBe(format);
      expect(doc.errors).toEqual([]);
      const score = scoreTables(expected.tables, doc.tables);
      expect(score.diffs, `${score.matched}/${score.total} fields`).toEqual([]);
      expectFindings(expected.tables, doc.tables);
    });
  }

  const LEGACY = [['xls', 'xlsx', 'libreoffice-calc'], ['doc', 'docx', 'libreoffice-writer'], ['ods', 'xlsx', 'libreoffice-calc'], ['odt', 'docx', 'libreoffice-writer']] as const;
  for (const [ext, family, pkg] of LEGACY) {
    const path = officeInput(name, ext);
    if (!path) continue;
    it(`${ext}: without a converter, CONVERTER_MISSING naming ${pkg}`, async () => {
      const doc = await extractDocument(readFileSync(path), { file: path });
      expect(doc.format).toBe(family);
      expect(doc.tables).toEqual([]);
      expect(doc.errors.map((e) => e.code)).toEqual(['CONVERTER_MISSING']);
      expect(doc.errors[0]!.source?.file).toBe(path);
      expect(doc.errors[0]!.message).toContain(pkg);
    });
    it.skipIf(!soffice)(`${ext}: converted by LibreOffice, every field as printed${soffice ? '' : ' (skipped: LibreOffice not installed — apt-get install -y libreoffice-calc libreoffice-writer)'}`, async () => {
      const bytes = readFileSync(path);
      const doc = await extractDocument(bytes, { file: path, convertLegacy: libreOfficeConverter() });
      expect(doc.errors).toEqual([]);
      expect(doc.format).toBe(family);
      expect(doc.size).toBe(bytes.length);
      const score = scoreTables(expected.tables, doc.tables);
      expect(score.diffs, `${score.matched}/${score.total} fields`).toEqual([]);
      expectFindings(expected.tables, doc.tables);
    }, 180_000);
  }
});
