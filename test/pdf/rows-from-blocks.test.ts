import { describe, expect, it } from 'vitest';
import type { Block, BlockCell } from '../../extractors/pdf/blocks.js';
import { rowsFromBlocks } from '../../extractors/pdf/rows-from-blocks.js';

const XS = [0, 60, 120, 180, 240];
const cell = (text: string, c: number, span = 1, rowSpan = 1): BlockCell =>
  ({ text, x0: XS[c]!, x1: XS[c + span]!, rowSpan, page: 2, box: [c, 0, c + span, 1] });

describe('rowsFromBlocks', () => {
  const blocks: Block[] = [
    { kind: 'line', page: 1, box: { x0: 0, x1: 100, y0: 0, y1: 10 }, text: '财政项目支出绩效自评表', size: 16, userBox: [10, 700, 200, 716] },
    {
      kind: 'table', page: 2, box: { x0: 0, x1: 240, y0: 0, y1: 60 }, xs: XS, ruled: true, rowPages: [2, 2, 3],
      rows: [[cell('项目名称', 0), cell('区域人才服务经费', 1, 3)], [cell('产出指标', 0, 1, 2), cell('数量指标', 1), cell('15', 2), cell('', 3)], [cell('质量指标', 1), cell('10', 2), cell('', 3)]],
    },
  ];
  const rows = rowsFromBlocks(blocks);

  it('numbers rows across the document and keeps each row\'s page', () => {
    expect(rows.map((r) => [r.line, r.page, r.layout])).toEqual([[1, 1, 'single'], [2, 2, 'grid'], [3, 2, 'grid'], [4, 3, 'grid']]);
  });
  it('gives grid cells their column index, spans, column = index + 1 and the row\'s line', () => {
    expect(rows[1]!.cells.map((c) => [c.index, c.colSpan, c.rowSpan, c.column, c.line])).toEqual([[0, 1, 1, 1, 2], [1, 3, 1, 2, 2]]);
    expect(rows[3]!.cells.map((c) => c.index)).toEqual([1, 2, 3]); // the merged label is not repeated
    expect(rows[2]!.cells[0]).toMatchObject({ text: '产出指标', rowSpan: 2, page: 2, box: [0, 0, 1, 1] });
  });
  it('makes a free line one cell at index 0, with its box', () => {
    expect(rows[0]!.cells).toEqual([{ text: '财政项目支出绩效自评表', line: 1, column: 1, index: 0, colSpan: 1, rowSpan: 1, page: 1, box: [10, 700, 200, 716] }]);
    expect(rows[1]!.text).toBe('项目名称\t区域人才服务经费');
  });
});
