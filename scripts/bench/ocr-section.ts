/**
 * OCR on the committed OCR fixtures (fixtures/ocr, made by scripts/make-ocr-fixtures.ts).
 *
 * Cost, per page, in CPU seconds of this process (user + system; onnxruntime runs with one
 * intra-op thread, so CPU seconds are what a worker pays on a shared machine):
 *   - `ocrPage` (ours: deskew, detection, rules, cells, recognition, repairs), by resolution;
 *   - the engine floor next to it: PP-OCR detection + recognition of the same page with no
 *     grid stages (`detectText` + `recognizeBoxes`), so the grid's share is a ratio.
 * Memory: resident set size after loading the models and the peak over all pages (a worker
 * that reads scans needs that much). Model load: CPU seconds, once per process.
 * Accuracy: the share of expected record fields read right, end to end (extractDocument).
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { decodeImagePages, type PageImage } from '../../extractors/ocr/decode-image.js';
import { detectText } from '../../extractors/ocr/detect-text.js';
import { loadOcrModels } from '../../extractors/ocr/ocr-models.js';
import { ocrPage } from '../../extractors/ocr/ocr-page.js';
import { pdfPageImages } from '../../extractors/ocr/pdf-page-images.js';
import { recognizeBoxes } from '../../extractors/ocr/recognize-text.js';
import { extractDocument } from '../../pipeline/extract-document.js';
import { fieldScore } from '../ocr-fixtures/field-accuracy.js';
import type { BenchRow, BenchSection } from './section.js';

const SECTION = 'ocr';
const FIXTURES = join(import.meta.dirname, '..', '..', '..', 'fixtures', 'ocr');

const cpuSeconds = async (work: () => Promise<unknown>): Promise<number> => {
  const start = process.cpuUsage();
  await work();
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1e6;
};
const mb = (bytes: number) => bytes / 1024 / 1024;

async function pagesOf(name: string, input: string): Promise<PageImage[]> {
  const bytes = new Uint8Array(readFileSync(join(FIXTURES, name, input)));
  if (!input.endsWith('.pdf')) return decodeImagePages(bytes);
  const out: PageImage[] = [];
  const count = (Buffer.from(bytes).toString('latin1').match(/\/Type \/Page\b/g) ?? []).length;
  for await (const p of pdfPageImages(bytes, Array.from({ length: count }, (_, k) => k + 1))) out.push(p.image);
  return out;
}

export const ocrSection: BenchSection = {
  name: SECTION,
  async run(ctx) {
    if (!existsSync(FIXTURES)) return [];
    const rows: BenchRow[] = [];
    const rssBefore = process.memoryUsage().rss;
    const load = await cpuSeconds(() => loadOcrModels());
    const models = await loadOcrModels();
    const rssLoaded = process.memoryUsage().rss;
    rows.push({ section: SECTION, metric: 'model load (once per process)', value: load, unit: 'CPU-s' });
    rows.push({ section: SECTION, metric: 'memory with models loaded', value: mb(rssLoaded), unit: 'MB RSS', note: `+${mb(rssLoaded - rssBefore).toFixed(0)} MB for the models` });
    let peak = rssLoaded;
    const byDpi = new Map<string, { ours: number; floor: number; pages: number }>();
    let right = 0, total = 0;
    const names = readdirSync(FIXTURES).sort().filter((n) => existsSync(join(FIXTURES, n, 'expected.json')));
    for (const name of ctx.quick ? names.slice(0, 2) : names) {
      const expected = JSON.parse(readFileSync(join(FIXTURES, name, 'expected.json'), 'utf8')) as { input: string; tables: never[] };
      ctx.log(`ocr: ${name}`);
      const pages = await pagesOf(name, expected.input);
      for (const [k, image] of pages.entries()) {
        const ours = await cpuSeconds(() => ocrPage(models, image, k + 1));
        const floor = await cpuSeconds(async () => { const boxes = await detectText(models, image.gray); await recognizeBoxes(models, image.gray, boxes.map((b) => b.box)); });
        peak = Math.max(peak, process.memoryUsage().rss);
        const key = `${image.dpi ?? '?'} dpi`;
        const acc = byDpi.get(key) ?? { ours: 0, floor: 0, pages: 0 };
        byDpi.set(key, { ours: acc.ours + ours, floor: acc.floor + floor, pages: acc.pages + 1 });
      }
      const doc = await extractDocument(new Uint8Array(readFileSync(join(FIXTURES, name, expected.input))), { file: name });
      const s = fieldScore(expected.tables, doc.tables);
      right += s.right; total += s.total;
      rows.push({ section: SECTION, metric: `field accuracy ${name}`, value: (100 * s.right) / Math.max(1, s.total), unit: '%', note: `${s.right}/${s.total} fields` });
      peak = Math.max(peak, process.memoryUsage().rss);
    }
    for (const [dpi, v] of [...byDpi].sort()) {
      rows.push({ section: SECTION, metric: `ocrPage per page, ${dpi}`, value: v.ours / v.pages, unit: 'CPU-s/page', note: `${v.pages} pages; engine floor ${(v.floor / v.pages).toFixed(2)} CPU-s, ours/floor ${(v.ours / v.floor).toFixed(2)}×` });
    }
    rows.push({ section: SECTION, metric: 'field accuracy, all fixtures', value: (100 * right) / Math.max(1, total), unit: '%', note: `${right}/${total} fields` });
    rows.push({ section: SECTION, metric: 'peak memory while reading', value: mb(peak), unit: 'MB RSS' });
    return rows;
  },
};
