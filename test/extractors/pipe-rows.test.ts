import { describe, expect, it } from 'vitest';
import { extractRows, type ExtractRowsOptions } from '../../extractors/text-rows.js';
import type { Row } from '../../schemas/cells.js';

const texts = (r: Row): string[] => r.cells.map((c) => c.text);
const indexes = (r: Row): number[] => r.cells.map((c) => c.index);
const rowsOf = (lines: string[], options?: ExtractRowsOptions): Row[] => extractRows(lines.join('\n'), options);

describe('pipe layout', () => {
  it('reads a markdown table: edge bars dropped, separator line blank, empty inner cells kept', () => {
    const lines = [
      '| 一级指标 | 二级指标 | 三级指标 | 分值 |',
      '|---|:---:|---|--:|',
      '| 产出指标 | 数量指标 | 人才覆盖率 | 15 |',
      '|  | 质量指标 | 达标率 | 10 |',
      '|          |          | 及时率     |  5 |',
    ];
    const rows = rowsOf(lines);
    expect(rows.map((r) => r.layout)).toEqual(['pipe', 'blank', 'pipe', 'pipe', 'pipe']);
    expect(rows[1]!.cells).toEqual([]);
    expect(texts(rows[0]!)).toEqual(['一级指标', '二级指标', '三级指标', '分值']);
    expect(texts(rows[3]!)).toEqual(['', '质量指标', '达标率', '10']);
    expect(indexes(rows[3]!)).toEqual([0, 1, 2, 3]);
    expect(texts(rows[4]!)).toEqual(['', '', '及时率', '5']);
    // '| 产出指标 | 数量指标' : 数量指标 starts after "| 产出指标 | " = 9 units → column 10
    expect(rows[2]!.cells[1]).toMatchObject({ text: '数量指标', column: 10, index: 1 });
    for (const row of rows) for (const c of row.cells) if (c.text) expect(row.text.slice(c.column - 1).startsWith(c.text)).toBe(true);
  });

  it('reads a box-drawing table; its rules are blank rows', () => {
    const lines = [
      '┌────────┬──────────┐',
      '│项目名称│区域人才服务经费│',
      '├────────┼──────────┤',
      '┃总分    ┃100       ┃',
      '└────────┴──────────┘',
    ];
    const rows = rowsOf(lines);
    expect(rows.map((r) => r.layout)).toEqual(['blank', 'pipe', 'blank', 'pipe', 'blank']);
    expect(texts(rows[1]!)).toEqual(['项目名称', '区域人才服务经费']);
    expect(rows[1]!.cells[1]!.column).toBe(7);
    expect(texts(rows[3]!)).toEqual(['总分', '100']);
  });

  it('reads an ASCII grid with +---+ rules and full-width bars from OCR', () => {
    const rows = rowsOf(['+------+-----+', '| 分值 | 得分 |', '+------+-----+', '｜ 10 ｜ 9 ｜']);
    expect(rows.map((r) => r.layout)).toEqual(['blank', 'pipe', 'blank', 'pipe']);
    expect(texts(rows[3]!)).toEqual(['10', '9']);
  });

  it('takes bars without edges (a | b | c) and one-bar lines inside a block of pipe lines', () => {
    const rows = rowsOf(['一级指标 | 二级指标 | 分值', '产出指标 | 数量指标 | 15', '质量指标 | 10', '总分 | 100']);
    expect(rows.map((r) => r.layout)).toEqual(['pipe', 'pipe', 'pipe', 'pipe']);
    expect(texts(rows[1]!)).toEqual(['产出指标', '数量指标', '15']);
    expect(texts(rows[2]!)).toEqual(['质量指标', '10']);
    expect(indexes(rows[3]!)).toEqual([0, 1]);
  });

  it('leaves a lone one-bar line in prose as a single cell', () => {
    const rows = rowsOf(['', '详见附件1 | 附件2', '']);
    expect(rows[1]!.layout).toBe('single');
    expect(texts(rows[1]!)).toEqual(['详见附件1 | 附件2']);
  });

  it('reads a line with one bar at its edge (an OCR\'d border) as a pipe row without the bar', () => {
    const rows = rowsOf(['总分', '', '| 100 |', '', '100 |', '', '|  89']);
    expect(rows.map((r) => r.layout)).toEqual(['single', 'blank', 'pipe', 'blank', 'pipe', 'blank', 'pipe']);
    expect(rows.filter((r) => r.layout === 'pipe').map(texts)).toEqual([['100'], ['100'], ['89']]);
    expect(rows[6]!.cells[0]!.column).toBe(4);
  });

  it('does not take a row of dashes with gaps (three null cells) for a rule', () => {
    const rows = rowsOf(['分值    得分    偏差', '-       -       -']);
    expect(rows[1]!.layout).toBe('space');
    expect(texts(rows[1]!)).toEqual(['-', '-', '-']);
  });
});
