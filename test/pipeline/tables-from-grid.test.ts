import { describe, expect, it } from 'vitest';
import type { GridBlock, GridCell, GridDocument, SourcePlace } from '../../schemas/grid.js';
import { gridProblems } from '../../schemas/grid.js';
import { rowsOfGrid } from '../../pipeline/rows-of-grid.js';
import { tablesFromGrid } from '../../pipeline/tables-from-grid.js';

/** An Office-like grid: a sheet with merged 一级/二级 labels, every cell placed by reference. */
const COLS = 'ABCDEFG';
const office = (r: number, c: number): SourcePlace => ({ kind: 'office', sheet: 'Sheet1', ref: `${COLS[c]}${r + 1}` });
const cell = (row: number, col: number, text: string, rowSpan = 1, colSpan = 1): GridCell => ({ row, col, rowSpan, colSpan, text, places: [office(row, col)] });

const grid: GridBlock = {
  kind: 'grid', spans: 'drawn', rows: 7, cols: 7,
  cells: [
    cell(0, 0, '项目名称'), cell(0, 1, '社区服务经费', 1, 6),
    cell(1, 0, '一级指标'), cell(1, 1, '二级指标'), cell(1, 2, '三级指标'), cell(1, 3, '年度指标值'), cell(1, 4, '实际完成值'), cell(1, 5, '分值'), cell(1, 6, '得分'),
    cell(2, 0, '产出指标', 3), cell(2, 1, '数量指标', 2), cell(2, 2, '培训人数'), cell(2, 3, '≥100人'), cell(2, 4, '120人'), cell(2, 5, '30'), cell(2, 6, '30'),
    cell(3, 2, '培训场次'), cell(3, 3, '≥10次'), cell(3, 4, '12次'), cell(3, 5, '30'), cell(3, 6, '28'),
    cell(4, 1, '时效指标'), cell(4, 2, '按期完成率'), cell(4, 3, '100%'), cell(4, 4, '100%'), cell(4, 5, '40'), cell(4, 6, '40'),
    cell(5, 0, '总分', 1, 5), cell(5, 5, '100'), cell(5, 6, '98'),
  ],
};
const doc: GridDocument = { blocks: [{ kind: 'line', text: '项目支出绩效自评表', place: office(0, 0) }, grid] };

describe('tablesFromGrid', () => {
  it('the constructed grid is sound', () => expect(gridProblems(grid)).toEqual([]));

  it('reads a grid with merged labels into indicators under their printed levels', () => {
    const [t] = tablesFromGrid(doc, { file: 'a.xlsx' });
    expect(t).toMatchObject({ kind: 'project_self_eval', project: '社区服务经费', total: { weight: 100, score: 98 } });
    expect(t!.indicators.map((i) => [i.level1, i.level2, i.name, i.target, i.actual, i.weight, i.score])).toEqual([
      ['产出指标', '数量指标', '培训人数', '≥100人', '120人', 30, 30],
      ['产出指标', '数量指标', '培训场次', '≥10次', '12次', 30, 28],
      ['产出指标', '时效指标', '按期完成率', '100%', '100%', 40, 40],
    ]);
    expect(t!.findings.filter((f) => f.severity !== 'info')).toEqual([]);
  });

  it('places Office cells by sheet and reference, not by an invented line', () => {
    const [t] = tablesFromGrid(doc, { file: 'a.xlsx' });
    expect(t!.indicators[1]!.source).toEqual({ file: 'a.xlsx', line: null, column: null, sheet: 'Sheet1', ref: 'C4' });
  });

  it('keeps a text cell\'s own line and column', () => {
    const text: GridDocument = { blocks: [{ kind: 'grid', spans: 'inferred', rows: 1, cols: 2, cells: [
      { row: 0, col: 0, rowSpan: 1, colSpan: 1, text: '项目名称', places: [{ kind: 'text', line: 7, column: 3 }] },
      { row: 0, col: 1, rowSpan: 1, colSpan: 1, text: '经费', places: [{ kind: 'text', line: 7, column: 12 }] },
    ] }] };
    const [row] = rowsOfGrid(text);
    expect(row!.line).toBe(7);
    expect(row!.cells.map((c) => [c.index, c.line, c.column])).toEqual([[0, 7, 3], [1, 7, 12]]);
  });

  it('reads an empty document as no tables, without throwing', () => {
    expect(tablesFromGrid({ blocks: [] }, { file: 'x' })).toEqual([]);
  });
});
