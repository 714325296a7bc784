import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../pipeline/extract-document.js';
import { DocumentSchema, type Document, type Table } from '../../schemas/record.js';
import { fieldScore } from '../../scripts/ocr-fixtures/field-accuracy.js';

/**
 * The OCR fixtures end to end (scripts/make-ocr-fixtures.ts: our PDF fixtures rendered,
 * sealed, turned, noised, saved as PNG / JPEG / bitonal TIFF / a PDF of JPEGs). Expected
 * records are the source PDFs' expected records, never OCR output. Field accuracy is
 * measured per fixture and over the ruled ones; README (OCR) reports the numbers.
 */
const ROOT = join(import.meta.dirname, '..', '..', 'fixtures', 'ocr');
interface Expected { description: string; input: string; tables: Partial<Table>[] }
const names = existsSync(ROOT) ? readdirSync(ROOT).sort() : [];
const expectedOf = (name: string) => JSON.parse(readFileSync(join(ROOT, name, 'expected.json'), 'utf8')) as Expected;

/** Field accuracy each fixture must keep (measured: see README; a drop is a regression). */
const FLOOR: Record<string, number> = {
  'jpeg-150dpi-seal-title': 0.92,
  'jpeg-300dpi-seal': 0.97,
  'png-150dpi-tilted': 0.88,
  'scan-pdf-200dpi': 0.97,
  'tiff-200dpi-bitonal': 0.94,
  // a table without rules: columns from the text boxes; weaker (README, limits)
  'png-150dpi-unruled': 0.8,
};
/** Over every ruled fixture together. */
const RULED_FLOOR = 0.955;

const docs = new Map<string, Promise<Document>>();
const docOf = (name: string) => {
  if (!docs.has(name)) docs.set(name, extractDocument(new Uint8Array(readFileSync(join(ROOT, name, expectedOf(name).input))), { file: `fixtures/ocr/${name}/${expectedOf(name).input}` }));
  return docs.get(name)!;
};

describe.skipIf(names.length === 0)('OCR fixtures', () => {
  describe.each(names)('%s', (name) => {
    const expected = expectedOf(name);
    it('is a valid Document read by OCR, every page said so', async () => {
      const doc = await docOf(name);
      expect(DocumentSchema.safeParse(doc).success).toBe(true);
      expect(doc.format).toBe(expected.input.endsWith('.pdf') ? 'pdf' : 'image');
      expect(doc.errors).toEqual([]);
      const pages = doc.findings?.filter((f) => f.code === 'PAGE_OCR').map((f) => f.source?.page) ?? [];
      expect(pages.length).toBeGreaterThanOrEqual(1);
      expect(pages).toEqual([...pages].sort((a, b) => a! - b!));
      expect(doc.findings?.some((f) => f.code === 'PDF_PAGE_NEEDS_OCR')).toBe(false);
    });
    it('finds the tables of the source PDF', async () => {
      const doc = await docOf(name);
      expect(doc.tables.map((t) => t.kind)).toEqual(expected.tables.map((t) => t.kind));
    });
    it(`keeps field accuracy ≥ ${FLOOR[name] ?? 0.9}`, async () => {
      const doc = await docOf(name);
      const s = fieldScore(expected.tables, doc.tables);
      expect(s.right / s.total, s.wrong.slice(0, 15).join('\n')).toBeGreaterThanOrEqual(FLOOR[name] ?? 0.9);
    });
    it('places: indicators point at a page and a pixel box of the scan', async () => {
      const doc = await docOf(name);
      for (const t of doc.tables) for (const ind of t.indicators) {
        expect(ind.source?.page, ind.name).toBeGreaterThanOrEqual(1);
        expect(ind.source?.box, ind.name).toHaveLength(4);
      }
      for (const f of doc.findings ?? []) if (f.code === 'OCR_LOW_CONFIDENCE' || f.code === 'OCR_REPAIRED') expect(f.source?.box_space).toBe('pixels');
    });
  });

  it(`ruled fixtures together: field accuracy ≥ ${RULED_FLOOR}`, async () => {
    let right = 0, total = 0;
    for (const name of names.filter((n) => !n.includes('unruled'))) {
      const s = fieldScore(expectedOf(name).tables, (await docOf(name)).tables);
      right += s.right; total += s.total;
    }
    expect(total).toBeGreaterThan(1000);
    expect(right / total).toBeGreaterThanOrEqual(RULED_FLOOR);
  });
});
