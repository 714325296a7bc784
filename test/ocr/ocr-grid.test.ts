import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { gridProblems, type GridBlock } from '../../schemas/grid.js';
import { grayWithoutSeal } from '../../extractors/ocr/decode-image.js';
import { estimateSkew } from '../../extractors/ocr/deskew.js';
import { despeckle } from '../../extractors/ocr/despeckle.js';
import { latticeTables } from '../../extractors/ocr/lattice-cells.js';
import { repairCell } from '../../extractors/ocr/ocr-repair.js';
import { withoutTrailingSpeck } from '../../extractors/ocr/ocr-page.js';
import { pageBlocks, type PlaceFrame, type Word } from '../../extractors/ocr/page-grid.js';
import type { Gray } from '../../extractors/ocr/raster.js';
import { greedyCtc } from '../../extractors/ocr/recognize-text.js';
import { findRules } from '../../extractors/ocr/ruling-lines.js';
import { unruledTables } from '../../extractors/ocr/unruled-columns.js';

/** Pages drawn here, at a scale `s` (1 ≈ 150 dpi: body text 24 px high). */
function blank(width: number, height: number): Gray & { data: Uint8Array } {
  return { width, height, data: new Uint8Array(width * height).fill(250) };
}
function fill(g: Gray & { data: Uint8Array }, x0: number, y0: number, x1: number, y1: number, v = 0) {
  for (let y = Math.max(0, Math.round(y0)); y < Math.min(g.height, Math.round(y1)); y++) for (let x = Math.max(0, Math.round(x0)); x < Math.min(g.width, Math.round(x1)); x++) g.data[y * g.width + x] = v;
}
/**
 * A ruled table: 4 rows × 3 columns; the first column's rows 1–3 are one merged cell (no rule
 * between them), the first row spans columns 1–2. Bold "title" strokes stand above it.
 */
function tablePage(s: number) {
  const g = blank(900 * s, 700 * s);
  const xs = [60, 300, 560, 820].map((x) => x * s), ys = [200, 260, 320, 380, 440].map((y) => y * s);
  const w = Math.max(1, Math.round(1.5 * s));
  ys.forEach((y, r) => {
    // rule under row 0..2 of column 0 missing between rows 1-2 and 2-3 (merged cell)
    if (r === 2 || r === 3) fill(g, xs[1]!, y, xs[3]! + w, y + w);
    else fill(g, xs[0]!, y, xs[3]! + w, y + w);
  });
  xs.forEach((x, c) => {
    if (c === 2) fill(g, x, ys[1]!, x + w, ys[4]! + w); // row 0: columns 1–2 are one cell
    else fill(g, x, ys[0]!, x + w, ys[4]! + w);
  });
  // a bold title: thick strokes 1.5 units tall and 1.2 units wide, close together
  for (let k = 0; k < 8; k++) {
    fill(g, (300 + k * 30) * s, 100 * s, (300 + k * 30 + 5) * s, 136 * s);
    fill(g, (295 + k * 30) * s, 110 * s, (323 + k * 30) * s, 115 * s);
  }
  return { g, unit: 24 * s };
}

describe('ruling lines and lattice cells', () => {
  it.each([1, 2])('scale %i: one table, spans from missing rules, the bold title is no table', (s) => {
    const { g, unit } = tablePage(s);
    const tables = latticeTables(findRules(g, unit), unit);
    expect(tables).toHaveLength(1);
    const cells = tables[0]!.cells.map((c) => [c.row, c.col, c.rowSpan, c.colSpan]);
    expect(cells).toEqual([
      [0, 0, 1, 1], [0, 1, 1, 2],
      [1, 0, 3, 1], [1, 1, 1, 1], [1, 2, 1, 1],
      [2, 1, 1, 1], [2, 2, 1, 1],
      [3, 1, 1, 1], [3, 2, 1, 1],
    ]);
  });

  it('a page of text without rules has no table', () => {
    const g = blank(900, 600);
    for (let line = 0; line < 10; line++) for (let ch = 0; ch < 20; ch++) { fill(g, 60 + ch * 26, 60 + line * 40, 80 + ch * 26, 63 + line * 40); fill(g, 68 + ch * 26, 55 + line * 40, 71 + line * 0 + ch * 26, 78 + line * 40); }
    expect(latticeTables(findRules(g, 24), 24)).toEqual([]);
  });
});

describe('deskew', () => {
  it.each([1.2, -0.7])('finds a turn of %f° within 0.1°', async (deg) => {
    const { g } = tablePage(1);
    const { data, info } = await sharp(g.data, { raw: { width: g.width, height: g.height, channels: 1 } }).rotate(deg, { background: '#fafafa' }).extractChannel(0).raw().toBuffer({ resolveWithObject: true });
    const skew = estimateSkew({ width: info.width, height: info.height, data: new Uint8Array(data) });
    expect(Math.abs(skew - deg)).toBeLessThanOrEqual(0.1);
  });
  it('an upright page stays upright', () => {
    expect(estimateSkew(tablePage(1).g)).toBe(0);
  });
});

describe('seal ink', () => {
  it('red seal ink becomes paper; black ink, also under the seal, stays dark', () => {
    const rgb = new Uint8Array([212, 42, 42, 235, 160, 160, 20, 20, 20, 60, 12, 12, 128, 128, 128]);
    const g = grayWithoutSeal(rgb, 5, 1, 3);
    expect(g.data[0]).toBeGreaterThanOrEqual(250);
    expect(g.data[1]).toBeGreaterThanOrEqual(250);
    expect(g.data[2]).toBeLessThan(40);
    expect(g.data[3]).toBeLessThan(100);
    expect(g.data[4]).toBe(128);
  });
});

describe('despeckle', () => {
  it('removes a lone speck, keeps a decimal point beside its digits', () => {
    const g = blank(200, 60);
    fill(g, 100, 30, 102, 32); // a speck in empty paper
    fill(g, 20, 20, 30, 44); fill(g, 33, 41, 35, 43); fill(g, 38, 20, 48, 44); // "0.0"
    const out = despeckle(g, 24);
    expect(out.data[31 * 200 + 101]).toBe(255);
    expect(out.data[42 * 200 + 34]).toBe(0);
  });
});

describe('repairs of number and comparator cells', () => {
  it.each([
    ['o', '0'], ['1o0%', '100%'], ['9O.5', '90.5'], ['D.00', '0.00'], ['l00', '100'],
    ['二100', '=100'], ['10.', '10'], ['96%.', '96%'], ['>二90%', '≥90%'], ['<二5', '≤5'],
  ])('%s → %s', (from, to) => expect(repairCell(from)?.text).toBe(to));
  it.each(['二级指标', '项目o', 'Oracle', '100%', '≥90%', 'o型'])('%s is left alone', (t) => expect(repairCell(t)).toBeNull());
  it('a trailing speck after a Chinese character or % goes, a decimal stays', () => {
    expect(withoutTrailingSpeck('明显改善.')).toBe('明显改善');
    expect(withoutTrailingSpeck('94.6%.')).toBe('94.6%');
    expect(withoutTrailingSpeck('2.5')).toBe('2.5');
  });
});

describe('greedy CTC', () => {
  it('collapses repeats, drops blanks, averages kept probabilities', () => {
    const charset = ['a', 'b'];
    // steps: a a blank a b b → "aab"
    const best = [1, 1, 0, 1, 2, 2];
    const probs = new Float32Array(best.length * 3);
    best.forEach((c, t) => { for (let k = 0; k < 3; k++) probs[t * 3 + k] = k === c ? 0.8 : 0.1; });
    const r = greedyCtc(probs, 0, best.length, 3, charset);
    expect(r.text).toBe('aab');
    expect(r.confidence).toBeCloseTo(0.8, 5);
  });
});

const frame: PlaceFrame = { page: 3, dpi: 150, toScan: (x, y) => [x, y] };
const word = (x0: number, y0: number, x1: number, y1: number, text: string, confidence = 0.99): Word => ({ box: [x0, y0, x1, y1], text, confidence });

describe('words into cells', () => {
  it('each word goes to the cell holding its centre; a cell\'s lines join in reading order; the grid is sound', () => {
    const { g, unit } = tablePage(1);
    const tables = latticeTables(findRules(g, unit), unit);
    const words = [
      word(70, 210, 150, 234, '项目名称'),
      word(70, 330, 130, 354, '资金'), word(70, 300, 130, 324, '项目'), // merged cell, given out of order
      word(310, 330, 400, 354, '≥90%'),
      word(300, 60, 500, 84, '绩效自评表'),
    ];
    const blocks = pageBlocks(words, tables, unit, frame);
    expect(blocks.map((b) => b.kind)).toEqual(['line', 'grid']);
    const grid = blocks[1] as GridBlock;
    expect(gridProblems(grid)).toEqual([]);
    expect(grid.spans).toBe('drawn');
    expect(grid.rowPages).toEqual([3, 3, 3, 3]);
    const at = (r: number, c: number) => grid.cells.find((x) => x.row === r && x.col === c)!;
    expect(at(0, 0).text).toBe('项目名称');
    expect(at(1, 0).text).toBe('项目\n资金');
    expect(at(1, 0).places).toEqual([{ kind: 'scan', page: 3, box: [70, 300, 130, 324], dpi: 150 }, { kind: 'scan', page: 3, box: [70, 330, 130, 354], dpi: 150 }]);
    expect(at(2, 1).text).toBe('≥90%');
    expect(at(3, 2).text).toBe('');
    expect(at(3, 2).places).toHaveLength(1); // an empty cell is placed by its own box
  });

  it('a table without rules: columns from the gaps between word chunks', () => {
    const rows = ['一级指标', '产出指标', '效益指标', '满意度指标'].map((label, r) => [
      word(50, 100 + r * 40, 146, 124 + r * 40, label), word(300, 100 + r * 40, 420, 124 + r * 40, `指标${r}`), word(600, 100 + r * 40, 640, 124 + r * 40, String(r * 5)),
    ]).flat();
    const title = word(200, 40, 400, 64, '绩效目标表');
    const blocks = unruledTables([], [title, ...rows], 24, frame);
    expect(blocks.map((b) => b.kind)).toEqual(['line', 'grid']);
    const grid = blocks[1] as GridBlock;
    expect(gridProblems(grid)).toEqual([]);
    expect(grid.spans).toBe('inferred');
    expect([grid.rows, grid.cols]).toEqual([4, 3]);
    expect(grid.cells.filter((c) => c.row === 2).map((c) => c.text)).toEqual(['效益指标', '指标2', '10']);
  });
});
