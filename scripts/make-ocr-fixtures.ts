/**
 * Makes the OCR fixtures under fixtures/ocr/<case>/ from our own PDF fixtures: each page is
 * rendered (pdftoppm) at the case's resolution, stamped with a red seal where the case says,
 * turned, softened and noised (scripts/ocr-fixtures/scan-effects.ts), then written the way
 * scans are archived: PNG, JPEG, multi-page TIFF, or a PDF holding one JPEG per page.
 * expected.json is the source PDF fixture's expected.json (the records its sheet was printed
 * from): a scan of a page prints the same record. Re-run only on purpose:
 *
 *   npx tsc -p . && node dist/scripts/make-ocr-fixtures.js
 *
 * Needs pdftoppm (Debian poppler-utils) and a CJK font for the seal (fonts-noto-cjk).
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { imagePdf, type JpegPage } from './ocr-fixtures/image-pdf.js';
import { scanLook, type ScanLook } from './ocr-fixtures/scan-effects.js';

const ROOT = join(import.meta.dirname, '..', '..');
const PDF = join(ROOT, 'fixtures', 'pdf');
const OUT = join(ROOT, 'fixtures', 'ocr');

type Container = 'png' | 'jpeg' | 'tiff' | 'jpeg-pdf';

interface OcrCase {
  readonly name: string;
  readonly source: string;
  readonly description: string;
  readonly dpi: number;
  readonly container: Container;
  /** one look per page (the last repeats) */
  readonly looks: readonly Omit<ScanLook, 'seed'>[];
  readonly quality?: number;
}

const TITLE = { x: 0.5, y: 0.06 }, CORNER = { x: 0.82, y: 0.9 }, HEADER_RIGHT = { x: 0.72, y: 0.12 };

export const OCR_CASES: readonly OcrCase[] = [
  { name: 'png-150dpi-tilted', source: 'unmerged-labels-wanyuan', dpi: 150, container: 'png', description: 'A 150 dpi grey PNG scan turned 1.2°, noised.', looks: [{ turn: 1.2, noise: 6 }] },
  { name: 'jpeg-300dpi-seal', source: 'kangxi-radicals', dpi: 300, container: 'jpeg', quality: 80, description: 'A 300 dpi JPEG scan turned −0.8° with a red seal over the header.', looks: [{ turn: -0.8, noise: 8, seal: HEADER_RIGHT }] },
  { name: 'jpeg-150dpi-seal-title', source: 'wrapped-yuan-landscape', dpi: 150, container: 'jpeg', quality: 70, description: 'A landscape 150 dpi JPEG (quality 70) turned −1.5° with a red seal over the title.', looks: [{ turn: -1.5, noise: 9, seal: TITLE }] },
  { name: 'tiff-200dpi-bitonal', source: 'seed-004-declaration-landscape', dpi: 200, container: 'tiff', description: 'A three-page bitonal (1 bit) 200 dpi TIFF, each page turned differently (0.7°, −1.1°, 1.4°).', looks: [{ turn: 0.7, noise: 8 }, { turn: -1.1, noise: 8 }, { turn: 1.4, noise: 8 }] },
  { name: 'scan-pdf-200dpi', source: 'seed-002-one-table-per-page', dpi: 200, container: 'jpeg-pdf', quality: 75, description: 'A real-looking scan: one 200 dpi JPEG per page inside a PDF, slight skew, a seal over the title of page 1 and over a corner of the others.', looks: [{ turn: 0.6, noise: 9, seal: TITLE }, { turn: -0.9, noise: 9, seal: CORNER }, { turn: 0.3, noise: 9 }, { turn: -0.5, noise: 9, seal: CORNER }, { turn: 1.0, noise: 9 }] },
  { name: 'png-150dpi-unruled', source: 'unruled-columns', dpi: 150, container: 'png', description: 'A 150 dpi scan of a table printed without rules, turned 0.5°.', looks: [{ turn: 0.5, noise: 6 }] },
];

function renderPages(pdf: string, dpi: number, work: string): string[] {
  execFileSync('pdftoppm', ['-r', String(dpi), '-png', pdf, join(work, 'page')]);
  return readdirSync(work).filter((f) => f.startsWith('page') && f.endsWith('.png')).sort().map((f) => join(work, f));
}

async function makeCase(c: OcrCase): Promise<void> {
  const work = mkdtempSync(join(tmpdir(), 'ocr-fixture-'));
  try {
    const pages = renderPages(join(PDF, c.source, 'input.pdf'), c.dpi, work);
    const scans = await Promise.all(pages.map((p, k) => scanLook(readFileSync(p), c.dpi, { ...c.looks[Math.min(k, c.looks.length - 1)]!, seed: 1000 + k })));
    const dir = join(OUT, c.name);
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(dir, { recursive: true });
    const raw = (s: (typeof scans)[number]) => sharp(s.data, { raw: { width: s.width, height: s.height, channels: 3 } }).withMetadata({ density: c.dpi });
    let file: string;
    switch (c.container) {
      case 'png':
        file = 'input.png';
        // scanners save grey pages with few levels: 16 greys keep the files small
        writeFileSync(join(dir, file), await raw(scans[0]!).grayscale().png({ compressionLevel: 9, palette: true, colours: 16, dither: 0 }).toBuffer());
        break;
      case 'jpeg':
        file = 'input.jpg';
        writeFileSync(join(dir, file), await raw(scans[0]!).jpeg({ quality: c.quality ?? 75 }).toBuffer());
        break;
      case 'tiff': {
        file = 'input.tif';
        // archive TIFFs are often bitonal: thresholded pages, joined as pages ("animated")
        const pngs = await Promise.all(scans.map((s) => raw(s).grayscale().threshold(150).png().toBuffer()));
        writeFileSync(join(dir, file), await sharp(pngs, { join: { animated: true } }).extractChannel(0).withMetadata({ density: c.dpi }).tiff({ compression: 'deflate', bitdepth: 1 }).toBuffer());
        break;
      }
      case 'jpeg-pdf': {
        file = 'input.pdf';
        const jpegs: JpegPage[] = await Promise.all(scans.map(async (s) => ({ jpeg: await raw(s).jpeg({ quality: c.quality ?? 75 }).toBuffer(), width: s.width, height: s.height, dpi: c.dpi })));
        writeFileSync(join(dir, file), imagePdf(jpegs));
        break;
      }
    }
    const expected = JSON.parse(readFileSync(join(PDF, c.source, 'expected.json'), 'utf8')) as { description: string };
    writeFileSync(join(dir, 'expected.json'), JSON.stringify({ ...expected, description: `${c.description} Made from fixtures/pdf/${c.source}: ${expected.description}`, source: c.source, input: file }, null, 2) + '\n');
    console.log(`${c.name}: ${file}, ${pages.length} page(s)`);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

const only = process.argv.slice(2);
for (const c of OCR_CASES) if (!only.length || only.includes(c.name)) await makeCase(c);
