import { describe, expect, it } from 'vitest';
import { readPdfGrid } from '../../extractors/pdf/read-pdf.js';
import { cellsOf, squash, tablesAndLines } from './fixture-files.js';
import { text, tinyPdf } from './tiny-pdf.js';

/**
 * A 3×3 table with a label merged over two rows, drawn the way report servers and Word/WPS
 * write it, in a non-embedded STSong-Light (UniGB-UCS2-H): read through pdfjs' CMaps.
 *   | 一级指标 | 三级指标     | 分值 |
 *   | 产出指标 | 人才覆盖率   | 15   |
 *   |          | 年度内完成   | 10   |
 */
const X = [100, 180, 330, 380], Y = [700, 680, 660, 640];
const cellTexts = text('一级指标', 103, 686) + text('三级指标', 183, 686) + text('分值', 333, 686)
  + text('产出指标', 103, 656) + text('人才覆盖率', 183, 666) + text('15', 333, 666)
  + text('年度内完成', 183, 646) + text('10', 333, 646)
  + text('财政项目支出绩效自评表', 150, 740, 16);
const want = [
  [{ index: 0, colSpan: 1, rowSpan: 1, text: '一级指标' }, { index: 1, colSpan: 1, rowSpan: 1, text: '三级指标' }, { index: 2, colSpan: 1, rowSpan: 1, text: '分值' }],
  [{ index: 0, colSpan: 1, rowSpan: 2, text: '产出指标' }, { index: 1, colSpan: 1, rowSpan: 1, text: '人才覆盖率' }, { index: 2, colSpan: 1, rowSpan: 1, text: '15' }],
  [{ index: 1, colSpan: 1, rowSpan: 1, text: '年度内完成' }, { index: 2, colSpan: 1, rowSpan: 1, text: '10' }],
];

/** cell outlines as stroked `re` rectangles (the merged cell is one rectangle) */
const strokedCells = [
  [0, 0, 1, 1], [1, 0, 2, 1], [2, 0, 3, 1], [0, 1, 1, 3], [1, 1, 2, 2], [2, 1, 3, 2], [1, 2, 2, 3], [2, 2, 3, 3],
].map(([c0, r0, c1, r1]) => `${X[c0!]} ${Y[r1!]} ${X[c1!]! - X[c0!]!} ${Y[r0!]! - Y[r1!]!} re S\n`).join('');

/** borders as 0.5 pt filled rectangles, one per drawn edge piece */
const filledBorders = [
  ...Y.map((y, i) => [i === 2 ? X[1]! : X[0]!, y, X[3]!]), // the row-2 border skips the merged label column
].map(([x0, y, x1]) => `${x0} ${y! - 0.25} ${x1! - x0!} 0.5 re f\n`).join('')
  + X.map((x) => `${x - 0.25} ${Y[3]} 0.5 ${Y[0]! - Y[3]!} re f\n`).join('');

async function read(content: string, page: { rotate?: number; width?: number; height?: number } = {}) {
  const r = await readPdfGrid(tinyPdf([{ content, ...page }]));
  expect(r.errors).toEqual([]);
  return tablesAndLines(r.grid);
}

describe('PDFs from other producers', () => {
  it('stroked `re` rectangles and a non-embedded CJK font (UniGB-UCS2-H)', async () => {
    const { tables, lines } = await read(`0.5 w\n${strokedCells}${cellTexts}`);
    expect(lines.map(squash)).toEqual(['财政项目支出绩效自评表']);
    expect(tables).toHaveLength(1);
    expect(tables[0]!.map(cellsOf)).toEqual(want);
  });

  it('borders drawn as thin filled rectangles (Word/WPS)', async () => {
    const { tables } = await read(`${filledBorders}${cellTexts}`);
    expect(tables[0]!.map(cellsOf)).toEqual(want);
  });

  it('a landscape page printed sideways on a portrait page, with and without /Rotate', async () => {
    // move the drawing into a landscape 842 × 595 frame, then turn it a quarter counter-clockwise onto a portrait page
    const sideways = `q 0 1 -1 0 595 0 cm 1 0 0 1 0 -300 cm\n0.5 w\n${strokedCells}${cellTexts}Q\n`;
    for (const rotate of [90, 0]) {
      const { tables } = await read(sideways, { width: 595, height: 842, rotate });
      expect(tables[0]!.map(cellsOf), `/Rotate ${rotate}`).toEqual(want);
    }
  });

  it('a table without any rules: columns from the text', async () => {
    const { tables } = await read(cellTexts.replace(text('产出指标', 103, 656), text('产出指标', 103, 666)));
    expect(tables[0]!.map((r) => r.map((c) => c.text))).toEqual([['一级指标', '三级指标', '分值'], ['产出指标', '人才覆盖率', '15'], ['', '年度内完成', '10']]);
  });
});
