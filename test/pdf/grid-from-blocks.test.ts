import { describe, expect, it } from 'vitest';
import type { Block, BlockCell } from '../../extractors/pdf/blocks.js';
import { gridFromBlocks } from '../../extractors/pdf/grid-from-blocks.js';
import { cellAt, gridProblems, type GridBlock } from '../../schemas/grid.js';

const XS = [0, 60, 120, 180, 240];
const cell = (text: string, c: number, span = 1, rowSpan = 1): BlockCell =>
  ({ text, x0: XS[c]!, x1: XS[c + span]!, rowSpan, page: 2, box: [c, 0, c + span, 1] });

describe('gridFromBlocks (the PDF front end hands its grid over intact)', () => {
  const blocks: Block[] = [
    { kind: 'line', page: 1, box: { x0: 0, x1: 100, y0: 0, y1: 10 }, text: '财政项目支出绩效自评表', size: 16, userBox: [10, 700, 200, 716] },
    {
      kind: 'table', page: 2, box: { x0: 0, x1: 240, y0: 0, y1: 60 }, xs: XS, ruled: true, rowPages: [2, 2, 3],
      rows: [[cell('项目名称', 0), cell('区域人才服务经费', 1, 3)], [cell('产出指标', 0, 1, 2), cell('数量指标', 1), cell('15', 2), cell('', 3)], [cell('质量指标', 1), cell('10', 2), cell('', 3)]],
    },
  ];
  const doc = gridFromBlocks(blocks);
  const grid = doc.blocks[1] as GridBlock;

  it('keeps a free line as a line block with its page, box and size', () => {
    expect(doc.blocks[0]).toEqual({ kind: 'line', text: '财政项目支出绩效自评表', place: { kind: 'pdf', page: 1, box: [10, 700, 200, 716] }, size: 16 });
  });
  it('makes the column boundaries the lattice, spans drawn, rows paged', () => {
    expect(grid).toMatchObject({ kind: 'grid', spans: 'drawn', rows: 3, cols: 4, rowPages: [2, 2, 3] });
    expect(gridProblems(grid)).toEqual([]);
  });
  it('keeps merged cells once, at their top-left position, with their spans', () => {
    expect(grid.cells.map((c) => [c.row, c.col, c.rowSpan, c.colSpan])).toEqual([[0, 0, 1, 1], [0, 1, 1, 3], [1, 0, 2, 1], [1, 1, 1, 1], [1, 2, 1, 1], [1, 3, 1, 1], [2, 1, 1, 1], [2, 2, 1, 1], [2, 3, 1, 1]]);
    expect(cellAt(grid, 2, 0)?.text).toBe('产出指标');
    expect(cellAt(grid, 0, 3)?.text).toBe('区域人才服务经费');
    expect(grid.cells[2]!.places).toEqual([{ kind: 'pdf', page: 2, box: [0, 0, 1, 1] }]);
  });
  it('clamps a span that would run past the table (a merged cell cut at the table end)', () => {
    const cut = gridFromBlocks([{ ...blocks[1]!, rows: [[cell('产出指标', 0, 1, 5), { ...cell('a', 1), x1: 1000 }]], rowPages: [2] } as Block]).blocks[0] as GridBlock;
    expect(gridProblems(cut)).toEqual([]);
    expect(cut.cells[0]).toMatchObject({ rowSpan: 1 });
    expect(cut.cells[1]).toMatchObject({ col: 1, colSpan: 3 });
  });
});
