import { describe, expect, it } from 'vitest';
import { AffineDOMMatrix } from '../../extractors/pdf/affine-dom-matrix.js';
import { installDomMatrix, loadPdfjs } from '../../extractors/pdf/load-pdfjs.js';
import { readPdfGrid } from '../../extractors/pdf/read-pdf.js';
import { extractPdfDocument } from '../../pipeline/extract-pdf.js';
import { gridText } from '../../schemas/grid.js';
import { pdfBytes, tablesAndLines } from './fixture-files.js';

describe('DOMMatrix for pdfjs in Node', () => {
  it('is installed before pdfjs loads, and pdfjs loads', async () => {
    const pdfjs = await loadPdfjs();
    expect(typeof (globalThis as { DOMMatrix?: unknown }).DOMMatrix).toBe('function');
    expect(installDomMatrix()).toBe('present');
    expect(typeof pdfjs.getDocument).toBe('function');
  });
  it('the 2-D fallback multiplies, inverts and transforms like the spec', () => {
    const m = new AffineDOMMatrix([2, 0, 0, 3, 10, 20]);
    const p = m.transformPoint({ x: 1, y: 1 });
    expect([p.x, p.y]).toEqual([12, 23]);
    const back = m.inverse().transformPoint(p);
    expect(back.x).toBeCloseTo(1, 12);
    expect(back.y).toBeCloseTo(1, 12);
    const r = new AffineDOMMatrix().rotate(90).transformPoint({ x: 1, y: 0 });
    expect(r.x).toBeCloseTo(0, 12);
    expect(r.y).toBeCloseTo(1, 12);
    expect(new AffineDOMMatrix().translate(5, 0).multiply(new AffineDOMMatrix().scale(2)).transformPoint({ x: 1, y: 1 })).toMatchObject({ x: 7, y: 2 });
  });
});

describe('files that cannot be read', () => {
  it('accepts a Node Buffer (what the CLI reads) as well as a Uint8Array', async () => {
    const { readFileSync } = await import('node:fs');
    const { join } = await import('node:path');
    const { PDF_FIXTURES } = await import('./fixture-files.js');
    const r = await readPdfGrid(readFileSync(join(PDF_FIXTURES, 'unmerged-labels-wanyuan', 'input.pdf')));
    expect(r.errors).toEqual([]);
  });
  it('bytes that are not a PDF: PDF_CORRUPT, no throw', async () => {
    const r = await readPdfGrid(new TextEncoder().encode('%PDF-1.7\nthis is not a pdf at all\n%%EOF'));
    expect(r.errors.map((e) => e.code)).toEqual(['PDF_CORRUPT']);
    expect(r.grid.blocks).toEqual([]);
  });
  it('an encrypted file: PDF_ENCRYPTED, and the next file of the batch is read', async () => {
    const enc = await extractPdfDocument(pdfBytes('encrypted'), { file: 'encrypted.pdf' });
    expect(enc.errors.map((e) => e.code)).toEqual(['PDF_ENCRYPTED']);
    const next = await readPdfGrid(pdfBytes('wrapped-yuan-landscape'));
    expect(next.errors).toEqual([]);
    expect(tablesAndLines(next.grid).tables.flat().length).toBeGreaterThan(10);
  });
  it('a scan or a garbled text layer, OCR off: PDF_NEEDS_OCR with a page note, never rows of nonsense', async () => {
    for (const name of ['scanned-image', 'garbled-text-layer']) {
      const doc = await extractPdfDocument(pdfBytes(name), { file: `${name}.pdf`, ocr: false });
      expect(doc.errors.map((e) => e.code), name).toEqual(['PDF_NEEDS_OCR']);
      expect(doc.findings?.map((f) => [f.code, f.source?.page]), name).toEqual([['PDF_PAGE_NEEDS_OCR', 1]]);
      expect(doc.tables).toEqual([]);
    }
  });
});

describe('glyph artefacts', () => {
  it('Kangxi radicals from a font\'s ToUnicode reach the normalizers as printed (they fold and report them)', async () => {
    const r = await readPdfGrid(pdfBytes('kangxi-radicals'));
    const text = gridText(r.grid);
    expect(text).toMatch(/[\u2F00-\u2FD5]/);
    expect(text).not.toMatch(/项目名称/);
    expect(text.replace(/[\u2F00-\u2FD5]/g, (c) => c.normalize('NFKC'))).toMatch(/项目名称/);
  });
  it('text painted twice for bold comes out once', async () => {
    const r = await readPdfGrid(pdfBytes('word-borders-overprint'));
    expect(tablesAndLines(r.grid).lines[0]).toBe('财政项目支出绩效自评表');
  });
});
