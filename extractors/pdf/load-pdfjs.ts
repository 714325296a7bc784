import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { AffineDOMMatrix } from './affine-dom-matrix.js';

const require = createRequire(import.meta.url);

type Pdfjs = typeof import('pdfjs-dist/legacy/build/pdf.mjs');

/**
 * pdfjs-dist's legacy build evaluates `new DOMMatrix()` at module load, and Node has no
 * DOMMatrix. pdfjs itself (and pdf-parse) take it from @napi-rs/canvas — a complete,
 * native implementation that is installed with pdf-parse. We install it the same way,
 * before pdfjs loads, so pdfjs does not warn; when the native module cannot load on this
 * platform we fall back to a 2-D affine implementation, which is all text and
 * operator-list extraction needs.
 */
export function installDomMatrix(): 'present' | 'napi-rs' | 'affine' {
  const g = globalThis as { DOMMatrix?: unknown };
  if (g.DOMMatrix) return 'present';
  try {
    const canvas = require('@napi-rs/canvas') as { DOMMatrix?: unknown };
    if (canvas.DOMMatrix) { g.DOMMatrix = canvas.DOMMatrix; return 'napi-rs'; }
  } catch { /* no prebuilt binary for this platform */ }
  g.DOMMatrix = AffineDOMMatrix;
  return 'affine';
}

let loaded: Promise<Pdfjs> | undefined;

/** The pdfjs module, loaded once, after the DOMMatrix is in place. */
export function loadPdfjs(): Promise<Pdfjs> {
  loaded ??= (async () => {
    installDomMatrix();
    const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
    // Node runs the worker code in-process ("fake worker"); point it at the file explicitly
    // so it resolves the same way under vitest, tsc output and bundlers.
    pdfjs.GlobalWorkerOptions.workerSrc = pathToFileURL(require.resolve('pdfjs-dist/legacy/build/pdf.worker.mjs')).href;
    return pdfjs;
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
 * UniGB-UCS2-H), no font loading into a DOM, no eval, errors only.
 */
export function documentOptions(bytes: Uint8Array) {
  return {
    data: new Uint8Array(bytes),
    cMapUrl: pdfjsDataDir('cmaps'),
    cMapPacked: true,
    standardFontDataUrl: pdfjsDataDir('standard_fonts'),
    wasmUrl: pdfjsDataDir('wasm'),
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    stopAtErrors: false,
    verbosity: 0,
  };
}
