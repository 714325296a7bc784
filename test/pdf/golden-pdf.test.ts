import { describe, expect, it } from 'vitest';
import { extractPdfDocument } from '../../pipeline/extract-pdf.js';
import { DocumentSchema, type Table } from '../../schemas/record.js';
import { fixtureNames, pdfBytes, readJson, squash } from './fixture-files.js';
import { expectFundsFields, indicatorDiffs } from '../golden-compare.js';

/**
 * Golden tests over the PDF fixtures, end to end (PDF → grid rows → tablesFromRows): every
 * table, every indicator with its hierarchy and values. expected.json holds the records the
 * fixture sheets were printed from (scripts/make-pdf-fixtures.ts), never extractor output.
 */
const CHECK_CODES = ['WEIGHT_SUM_MISMATCH', 'SCORE_SUM_MISMATCH', 'EXECUTION_RATE_MISMATCH', 'FUNDS_SCORE_MISMATCH', 'SCORE_EXCEEDS_WEIGHT'];
const NOTE_CODES = ['GLYPHS_FOLDED'];

interface Expected {
  description: string;
  errors: string[];
  tables: (Partial<Table> & { expected_findings?: string[] })[];
}

describe.each(fixtureNames())('pdf %s', (name) => {
  const expected = readJson<Expected>(name, 'expected.json')!;
  const file = `fixtures/pdf/${name}/input.pdf`;
  // the text-layer reading only: scanned fixtures are read by OCR in test/ocr
  const docPromise = extractPdfDocument(pdfBytes(name), { file, ocr: false });

  it('is a valid Document with the expected errors', async () => {
    const doc = await docPromise;
    expect(DocumentSchema.safeParse(doc).success).toBe(true);
    expect(doc.format).toBe('pdf');
    expect(doc.errors.map((e) => e.code)).toEqual(expected.errors);
    if (expected.errors.length) expect(doc.tables).toEqual([]);
  });

  it('finds every table', async () => {
    const doc = await docPromise;
    expect(doc.tables.map((t) => t.kind)).toEqual(expected.tables.map((t) => t.kind));
  });

  expected.tables.forEach((exp, ti) => {
    describe(`table ${ti + 1}: ${exp.project ?? exp.department ?? exp.title}`, () => {
      it('header fields', async () => {
        const t = (await docPromise).tables[ti]!;
        for (const key of ['title', 'year', 'project', 'department', 'implementer', 'unit', 'region', 'start_date', 'end_date'] as const) {
          if (key in exp) expect(squash(String(t[key] ?? null)), key).toEqual(squash(String(exp[key] ?? null)));
        }
        if (exp.level1_weights) expect(t.level1_weights).toEqual(exp.level1_weights);
      });
      it('funds', async () => {
        const t = (await docPromise).tables[ti]!;
        expect(t.funds.map((f) => f.item), 'funds items').toEqual((exp.funds ?? []).map((f) => f.item));
        expectFundsFields(exp.funds ?? [], t.funds, ['initial_budget', 'annual_budget', 'executed', 'weight', 'rate', 'score']);
      });
      it('goals', async () => {
        const t = (await docPromise).tables[ti]!;
        expect(squash(t.goals.expected), 'goals.expected').toEqual(squash(exp.goals?.expected));
        expect(squash(t.goals.actual), 'goals.actual').toEqual(squash(exp.goals?.actual));
      });
      it('indicators, field by field', async () => {
        const t = (await docPromise).tables[ti]!;
        const diffs = indicatorDiffs(exp.indicators ?? [], t.indicators);
        expect(diffs, 'indicator differences').toEqual([]);
        expect(t.indicators.length, 'indicator count').toBe(exp.indicators?.length ?? 0);
      });
      it('provenance: every indicator has its page and the box of its cell', async () => {
        const t = (await docPromise).tables[ti]!;
        expect(t.source.page, 'table page').toBeGreaterThanOrEqual(1);
        for (const ind of t.indicators) {
          expect(ind.source?.page, ind.name).toBeGreaterThanOrEqual(1);
          expect(ind.source?.box, ind.name).toHaveLength(4);
        }
      });
      it('total and findings', async () => {
        const t = (await docPromise).tables[ti]!;
        expect(t.total).toEqual(exp.total);
        const want = exp.expected_findings ?? [];
        const got = [...new Set(t.findings.filter((f) => CHECK_CODES.includes(f.code)).map((f) => f.code))].sort();
        expect(got, 'arithmetic findings').toEqual(want.filter((c) => CHECK_CODES.includes(c)).sort());
        for (const code of want.filter((c) => NOTE_CODES.includes(c))) expect(t.findings.map((f) => f.code), code).toContain(code);
      });
    });
  });
});
