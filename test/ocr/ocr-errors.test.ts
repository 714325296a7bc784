import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../pipeline/extract-document.js';
import { DocumentSchema } from '../../schemas/record.js';

describe('images that give no table', () => {
  it('a truncated PNG: IMAGE_UNREADABLE naming the file, no crash', async () => {
    const doc = await extractDocument(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]), { file: 'a/scan.png' });
    expect(doc.format).toBe('image');
    expect(doc.errors.map((e) => e.code)).toEqual(['IMAGE_UNREADABLE']);
    expect(doc.errors[0]!.source?.file).toBe('a/scan.png');
    expect(DocumentSchema.safeParse(doc).success).toBe(true);
  });

  it('a blank page: NO_TABLE_FOUND, and the page is said to be OCR\'d', async () => {
    const png = await sharp({ create: { width: 600, height: 800, channels: 3, background: '#ffffff' } }).png().toBuffer();
    const doc = await extractDocument(new Uint8Array(png), { file: 'blank.png' });
    expect(doc.errors.map((e) => e.code)).toEqual(['NO_TABLE_FOUND']);
    expect(doc.findings?.map((f) => f.code)).toEqual(['PAGE_OCR']);
  });

  it('OCR switched off: IMAGE_NEEDS_OCR as before', async () => {
    const png = await sharp({ create: { width: 60, height: 80, channels: 3, background: '#ffffff' } }).png().toBuffer();
    const doc = await extractDocument(new Uint8Array(png), { file: 'x.png', ocr: false });
    expect(doc.errors.map((e) => e.code)).toEqual(['IMAGE_NEEDS_OCR']);
  });
});
