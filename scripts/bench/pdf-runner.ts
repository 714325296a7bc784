/**
 * One whole process of PDF work, for the pdf bench section to time from outside (start-up,
 * module loading and native libraries included, as a user pays them):
 *
 *   node dist/scripts/bench/pdf-runner.js MODE FILE…
 *
 * MODE:
 *   extract         extractPdfDocument on every file (ours, end to end)
 *   floor           pdfjs producing every page's operator list, loaded as we load it (native
 *                   Array.prototype.push, fonts into a stub font set, no native canvas): the
 *                   least any pdfjs-based reader of glyphs and rulings must pay
 *   pdfjs-defaults  the same operator lists with pdfjs-dist loaded and configured as its Node
 *                   defaults do (core-js push polyfill, glyph outlines compiled, native canvas)
 *   pdf-parse       pdf-parse's getTable on every file
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

type Mode = 'extract' | 'floor' | 'pdfjs-defaults' | 'pdf-parse';

interface OperatorListSource {
  getDocument(options: object): { promise: Promise<{ numPages: number; getPage(n: number): Promise<{ getOperatorList(): Promise<unknown>; cleanup(): void }>; destroy(): Promise<void> }> };
}

async function operatorLists(pdfjs: OperatorListSource, options: (bytes: Uint8Array) => object, files: readonly string[]): Promise<void> {
  for (const file of files) {
    const doc = await pdfjs.getDocument(options(new Uint8Array(readFileSync(file)))).promise;
    for (let p = 1; p <= doc.numPages; p++) {
      const page = await doc.getPage(p);
      await page.getOperatorList();
      page.cleanup();
    }
    await doc.destroy();
  }
}

const MODES: Record<Mode, (files: readonly string[]) => Promise<void>> = {
  async extract(files) {
    const { extractPdfDocument } = await import('../../pipeline/extract-pdf.js');
    for (const file of files) await extractPdfDocument(readFileSync(file), { file });
  },
  async floor(files) {
    const { documentOptions, loadPdfjs } = await import('../../extractors/pdf/load-pdfjs.js');
    await operatorLists(await loadPdfjs() as unknown as OperatorListSource, documentOptions, files);
  },
  async 'pdfjs-defaults'(files) {
    const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
    const { pdfjsDataDir } = await import('../../extractors/pdf/load-pdfjs.js');
    pdfjs.GlobalWorkerOptions.workerSrc = require.resolve('pdfjs-dist/legacy/build/pdf.worker.mjs');
    await operatorLists(pdfjs as unknown as OperatorListSource, (data) => ({
      data, cMapUrl: pdfjsDataDir('cmaps'), cMapPacked: true, standardFontDataUrl: pdfjsDataDir('standard_fonts'),
      wasmUrl: pdfjsDataDir('wasm'), isEvalSupported: false, verbosity: 0,
    }), files);
  },
  async 'pdf-parse'(files) {
    const { PDFParse } = await import('pdf-parse');
    for (const file of files) {
      const parser = new PDFParse({ data: new Uint8Array(readFileSync(file)) });
      try { await parser.getTable(); } catch { /* it crashes on some grids; the time until then counts */ }
      await parser.destroy();
    }
  },
};

const [mode, ...files] = process.argv.slice(2);
if (!mode || !(mode in MODES)) {
  process.stderr.write(`usage: pdf-runner.js ${Object.keys(MODES).join('|')} FILE…\n`);
  process.exit(2);
}
await MODES[mode as Mode](files);
