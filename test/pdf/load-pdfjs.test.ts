import { execFileSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { AffineDOMMatrix } from '../../extractors/pdf/affine-dom-matrix.js';

const root = fileURLToPath(new URL('../..', import.meta.url));
const fixture = (name: string) => `${root}fixtures/pdf/${name}/input.pdf`;

/**
 * What loading pdfjs leaves behind in a fresh process (dist/, built by the global setup), as
 * JSON: whether Array.prototype.push is still the engine's, whether the native canvas library
 * was loaded, and what a given script prints after reading a PDF.
 */
function inFreshProcess(after: string): Record<string, unknown> {
  const script = `
    import { readFileSync } from 'node:fs';
    const nativePush = Array.prototype.push;
    const { loadPdfjs, documentOptions } = await import(${JSON.stringify(`${root}dist/extractors/pdf/load-pdfjs.js`)});
    const { extractPdfDocument } = await import(${JSON.stringify(`${root}dist/pipeline/extract-pdf.js`)});
    const pdfjs = await loadPdfjs();
    const doc = await extractPdfDocument(readFileSync(${JSON.stringify(fixture('seed-001-nine-projects-flowing'))}), { file: 'a.pdf' });
    const skia = () => process.report.getReport().sharedObjects.some((s) => /skia|napi-rs|canvas/i.test(s));
    const out = { nativePush: Array.prototype.push === nativePush, tables: doc.tables.length, canvasAfterReading: skia() };
    ${after}
    process.stdout.write(JSON.stringify(out));
  `;
  return JSON.parse(execFileSync(process.execPath, ['--input-type=module', '-e', script], { cwd: root, encoding: 'utf8' })) as Record<string, unknown>;
}

describe('loading pdfjs for reading (no rendering)', () => {
  it('puts the native Array.prototype.push back and never loads the native canvas library', () => {
    const out = inFreshProcess('');
    expect(out.tables).toBeGreaterThan(0);
    expect(out.nativePush).toBe(true);
    expect(out.canvasAfterReading).toBe(false);
  });

  it('still renders when asked: the native canvas loads then, and ink lands on the page', () => {
    const out = inFreshProcess(`
      const d = await pdfjs.getDocument(documentOptions(readFileSync(${JSON.stringify(fixture('seed-004-declaration-landscape'))}))).promise;
      const page = await d.getPage(1);
      const viewport = page.getViewport({ scale: 0.5 });
      const { canvas, context } = d.canvasFactory.create(viewport.width, viewport.height);
      await page.render({ canvasContext: context, viewport, canvas }).promise;
      const px = context.getImageData(0, 0, canvas.width, canvas.height).data;
      let ink = 0;
      for (let i = 0; i < px.length; i += 4) if (px[i + 3] > 0 && px[i] < 128) ink++;
      out.ink = ink;
      out.canvasAfterRendering = skia();
      await d.destroy();
    `);
    expect(out.canvasAfterReading).toBe(false);
    expect(out.canvasAfterRendering).toBe(true);
    expect(out.ink).toBeGreaterThan(100);
  });
});

describe('the 2-D DOMMatrix pdfjs gets', () => {
  it('agrees with the native DOMMatrix of @napi-rs/canvas', (ctx) => {
    let Native: (new (init: number[]) => AffineDOMMatrix) | undefined;
    try {
      Native = (createRequire(import.meta.url)('@napi-rs/canvas') as { DOMMatrix: typeof Native }).DOMMatrix;
    } catch {
      ctx.skip(); // no prebuilt native canvas on this platform
    }
    const a = [1.5, 0.2, -0.3, 0.8, 12, -7], b = [0.5, -1, 2, 0.25, 3, 4];
    const want = new Native!(a).multiply(new Native!(b)).inverse();
    const got = new AffineDOMMatrix(a).multiply(new AffineDOMMatrix(b)).inverse();
    for (const k of ['a', 'b', 'c', 'd', 'e', 'f'] as const) expect(got[k]).toBeCloseTo(want[k], 9);
  });
});
