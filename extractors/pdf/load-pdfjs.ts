import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { AffineDOMMatrix } from './affine-dom-matrix.js';
import { deferCanvas } from './lazy-canvas.js';
import { installStubFontFace, stubOwnerDocument } from './stub-font-set.js';

const require = createRequire(import.meta.url);

type Pdfjs = typeof import('pdfjs-dist/legacy/build/pdf.mjs');

/**
 * pdfjs-dist's legacy build evaluates `new DOMMatrix()` at module load, and Node has no
 * DOMMatrix. Reading text and operator lists never renders, so the 2-D affine implementation
 * is all pdfjs needs; the native one of @napi-rs/canvas (what pdfjs would take) is loaded only
 * when something renders (see lazy-canvas.ts).
 */
export function installDomMatrix(): 'present' | 'affine' {
  const g = globalThis as { DOMMatrix?: unknown };
  if (g.DOMMatrix) return 'present';
  g.DOMMatrix = AffineDOMMatrix;
  return 'affine';
}

let loaded: Promise<Pdfjs> | undefined;

/**
 * The pdfjs module and its worker module, loaded once.
 * - DOMMatrix, the deferred canvas and the FontFace stub are in place before pdfjs evaluates.
 * - The worker runs in this thread ("fake worker"): its module is imported here and handed to
 *   pdfjs as `globalThis.pdfjsWorker`, so both are evaluated before the next step.
 * - The legacy build's core-js replaces `Array.prototype.push` process-wide with a slower
 *   JavaScript polyfill (it only fixes pushing onto an array whose length is read-only, which
 *   neither pdfjs nor we do); pdfjs pushes every operator and glyph, so the native method is put
 *   back once both modules have run.
 */
export function loadPdfjs(): Promise<Pdfjs> {
  loaded ??= (async () => {
    installDomMatrix();
    installStubFontFace();
    const pdfjsFile = require.resolve('pdfjs-dist/legacy/build/pdf.mjs');
    deferCanvas(pdfjsFile);
    const push = Object.getOwnPropertyDescriptor(Array.prototype, 'push')!;
    try {
      const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
      const workerFile = require.resolve('pdfjs-dist/legacy/build/pdf.worker.mjs');
      const g = globalThis as { pdfjsWorker?: unknown };
      g.pdfjsWorker ??= await import(pathToFileURL(workerFile).href);
      // also point at the file, for anything that asks pdfjs for a real worker
      pdfjs.GlobalWorkerOptions.workerSrc = pathToFileURL(workerFile).href;
      return pdfjs;
    } finally {
      Object.defineProperty(Array.prototype, 'push', push);
    }
  })();
  return loaded;
}

/** Directory of a pdfjs-dist data folder (cmaps, standard fonts, wasm) as pdfjs wants it in Node. */
export function pdfjsDataDir(name: 'cmaps' | 'standard_fonts' | 'wasm'): string {
  return join(dirname(require.resolve('pdfjs-dist/package.json')), name) + '/';
}

/**
 * How every file is opened: a plain Uint8Array copy (pdfjs refuses Node Buffers and may take
 * ownership of what it gets), CMaps for the non-embedded Chinese fonts (STSong-Light with
 * UniGB-UCS2-H), fonts loaded into a stub font set, no eval, errors only.
 */
export function documentOptions(bytes: Uint8Array) {
  return {
    data: new Uint8Array(bytes),
    cMapUrl: pdfjsDataDir('cmaps'),
    cMapPacked: true,
    standardFontDataUrl: pdfjsDataDir('standard_fonts'),
    wasmUrl: pdfjsDataDir('wasm'),
    isEvalSupported: false,
    // fonts are "loaded" into a stub font set instead of compiled into glyph paths (stub-font-set.ts)
    disableFontFace: false,
    ownerDocument: stubOwnerDocument,
    useSystemFonts: false,
    stopAtErrors: false,
    verbosity: 0,
  };
}
