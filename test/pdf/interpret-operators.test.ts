import { beforeAll, describe, expect, it } from 'vitest';
import { interpretOperators, isVisibleColor, thinRectangleCentreLine, type OpCodes } from '../../extractors/pdf/interpret-operators.js';
import { loadPdfjs } from '../../extractors/pdf/load-pdfjs.js';

/** Operator lists built by hand (pdfjs' own opcodes), checked against the PDF text-state arithmetic. */
let OPS: OpCodes;
beforeAll(async () => { OPS = (await loadPdfjs()).OPS as unknown as OpCodes; });

const MOVE = 0, LINE = 1, CLOSE = 3;
const glyph = (unicode: string, width = 1000) => ({ unicode, width, isSpace: unicode === ' ' });
const font = { fontMatrix: [0.001, 0, 0, 0.001, 0, 0] };
const run = (ops: [keyof OpCodes, unknown[] | null][]) =>
  interpretOperators(ops.map(([k]) => OPS[k]), ops.map(([, a]) => a), OPS, () => font);

describe('text state', () => {
  it('advances glyph by glyph from the text matrix', () => {
    const { glyphs } = run([
      ['beginText', null], ['setFont', ['F1', 10]], ['setTextMatrix', [new Float32Array([1, 0, 0, 1, 100, 700])]],
      ['showText', [[glyph('项'), glyph('目'), glyph('名', 500)]]],
    ]);
    expect(glyphs.map((g) => [g.text, g.ox, g.oy, g.ax])).toEqual([['项', 100, 700, 10], ['目', 110, 700, 10], ['名', 120, 700, 5]]);
    expect(glyphs[0]!.uy).toBe(10); // one em up
  });

  it('applies kerning numbers, character spacing and horizontal scaling', () => {
    const { glyphs } = run([
      ['beginText', null], ['setFont', ['F1', 10]], ['setCharSpacing', [2]], ['setHScale', [50]],
      ['moveText', [0, 0]], ['showText', [[glyph('a'), -1000, glyph('b')]]],
    ]);
    // a: width 10 + spacing 2 = 12, kerning -1000 moves 10 right, scaled by 50%
    expect(glyphs[1]!.ox).toBeCloseTo((10 + 2 + 10) * 0.5, 6);
  });

  it('follows moveText and nextLine with leading', () => {
    const { glyphs } = run([
      ['beginText', null], ['setFont', ['F1', 10]], ['moveText', [50, 500]], ['setLeading', [14]],
      ['showText', [[glyph('一')]]], ['nextLine', null], ['showText', [[glyph('二')]]],
    ]);
    expect(glyphs.map((g) => [g.ox, g.oy])).toEqual([[50, 500], [50, 486]]);
  });

  it('maps through the CTM and restores it', () => {
    const { glyphs } = run([
      ['save', null], ['transform', [2, 0, 0, 2, 10, 20]],
      ['beginText', null], ['setFont', ['F1', 10]], ['showText', [[glyph('甲')]]],
      ['restore', null],
      ['beginText', null], ['setFont', ['F1', 10]], ['showText', [[glyph('乙')]]],
    ]);
    expect([glyphs[0]!.ox, glyphs[0]!.oy, glyphs[0]!.ax]).toEqual([10, 20, 20]);
    expect([glyphs[1]!.ox, glyphs[1]!.oy, glyphs[1]!.ax]).toEqual([0, 0, 10]);
  });

  it('drops glyphs the clipping path hides', () => {
    const { glyphs } = run([
      ['save', null], ['eoClip', null], ['constructPath', [28 /* endPath */, [new Float32Array([MOVE, 0, 0, LINE, 30, 0, LINE, 30, 30, LINE, 0, 30, CLOSE])], null]],
      ['beginText', null], ['setFont', ['F1', 10]], ['moveText', [10, 5]], ['showText', [[glyph('内'), glyph('内'), glyph('外'), glyph('外')]]],
      ['restore', null],
    ]);
    expect(glyphs.map((g) => g.text).join('')).toBe('内内');
  });
});

describe('ruling segments', () => {
  it('takes stroked lines through the CTM', () => {
    const { segments } = run([
      ['transform', [1, 0, 0, 1, 50, 50]],
      ['constructPath', [OPS.stroke, [new Float32Array([MOVE, 0, 0, LINE, 100, 0])], null]],
    ]);
    expect(segments).toEqual([{ x1: 50, y1: 50, x2: 150, y2: 50, width: 1 }]);
  });

  it('takes every side of a stroked rectangle', () => {
    const { segments } = run([['constructPath', [OPS.stroke, [new Float32Array([MOVE, 0, 0, LINE, 10, 0, LINE, 10, 5, LINE, 0, 5, CLOSE])], null]]]);
    expect(segments).toHaveLength(4);
  });

  it('takes thin filled rectangles as rules (Word/WPS borders) and not areas or white paint', () => {
    const rect = (x: number, y: number, w: number, h: number) => new Float32Array([MOVE, x, y, LINE, x + w, y, LINE, x + w, y + h, LINE, x, y + h, CLOSE]);
    const thin = run([['constructPath', [OPS.fill, [rect(0, 100, 200, 0.5)], null]]]).segments;
    expect(thin).toHaveLength(1);
    expect(thin[0]!.y1).toBeCloseTo(100.25, 4);
    expect(run([['constructPath', [OPS.fill, [rect(0, 100, 200, 40)], null]]]).segments).toEqual([]);
    expect(run([['setFillRGBColor', ['#ffffff']], ['constructPath', [OPS.fill, [rect(0, 100, 200, 0.5)], null]]]).segments).toEqual([]);
  });

  it('records image placements', () => {
    const { images } = run([['save', null], ['transform', [300, 0, 0, 400, 10, 20]], ['paintImageXObject', ['img1', 100, 100]], ['restore', null]]);
    expect(images).toEqual([{ x0: 10, y0: 20, x1: 310, y1: 420 }]);
  });
});

describe('helpers', () => {
  it('isVisibleColor: white erases, dark draws', () => {
    expect(isVisibleColor('#ffffff')).toBe(false);
    expect(isVisibleColor('#f5f5f5')).toBe(false);
    expect(isVisibleColor('#000000')).toBe(true);
    expect(isVisibleColor('#c0c0c0')).toBe(true);
  });
  it('thinRectangleCentreLine rejects slanted quads', () => {
    expect(thinRectangleCentreLine([0, 0, 10, 1, 10, 2, 0, 1])).toBeNull();
  });
});
