import { describe, expect, it } from 'vitest';
import { extractRows } from '../../extractors/text-rows.js';
import type { Row } from '../../schemas/cells.js';

const texts = (r: Row): string[] => r.cells.map((c) => c.text);
const indexes = (r: Row): number[] => r.cells.map((c) => c.index);

/** Every cell's column must point at its text in the source line. */
function expectColumnsPointAtText(rows: readonly Row[]): void {
  for (const row of rows) {
    for (const c of row.cells) {
      expect(c.line).toBe(row.line);
      if (c.text !== '') expect(row.text.slice(c.column - 1, c.column - 1 + c.text.length)).toBe(c.text);
    }
  }
}

describe('tab layout', () => {
  const lines = [
    '项目名称\t\t区域人才服务经费\t\t\t',
    '项目资金 (万元)\t\t年初预算数\t全年预算数\t全年执行数\t分值\t执行率\t得分',
    '\t年度资金总额\t18\t18\t0\t10\t0%\t0',
    '\t上年结转资金\t\t\t\t\t\t',
    '绩效指标\t产出指标\t数量指标\t 人才覆盖率 \t完成率 100%\t90%\t15\t14',
    '\t\t质量指标\t按照人才工作相关要求\t100%\t100%\t10\t10',
    '\t\t\t\t',
    '总分\t\t\t\t\t100\t89',
  ];
  const rows = extractRows(lines.join('\n'));

  it('makes one row per line, every line with a tab a tab row (a line of only tabs is blank)', () => {
    expect(rows.map((r) => r.line)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    expect(rows.map((r) => r.layout)).toEqual(['tab', 'tab', 'tab', 'tab', 'tab', 'tab', 'blank', 'tab']);
    expect(rows[6]!.cells).toEqual([]);
    rows.forEach((r, i) => expect(r.text).toBe(lines[i]));
  });

  it('has one cell per tab-separated piece, keeping empty and trailing empty cells', () => {
    for (const [i, line] of lines.entries()) {
      if (i === 6) continue;
      expect(rows[i]!.cells).toHaveLength(line.split('\t').length);
      expect(indexes(rows[i]!)).toEqual(line.split('\t').map((_, k) => k));
    }
    expect(texts(rows[0]!)).toEqual(['项目名称', '', '区域人才服务经费', '', '', '']);
  });

  it('puts the first printed cell after a leading tab at index 1, after two at index 2', () => {
    expect(rows[2]!.cells[0]).toMatchObject({ text: '', index: 0, column: 1 });
    expect(rows[2]!.cells[1]).toMatchObject({ text: '年度资金总额', index: 1, column: 2 });
    expect(rows[5]!.cells.find((c) => c.text !== '')).toMatchObject({ text: '质量指标', index: 2, column: 3 });
  });

  it('trims cell text and points the column at its first character', () => {
    const cell = rows[4]!.cells[3]!;
    expect(cell.text).toBe('人才覆盖率');
    // 绩效指标 (4) + tab + 产出指标 (4) + tab + 数量指标 (4) + tab + one space → column 17
    expect(cell.column).toBe(17);
    expect(rows[4]!.cells[4]).toMatchObject({ text: '完成率 100%', index: 4 });
    expectColumnsPointAtText(rows);
  });

  it('gives an empty cell the column right after its tab', () => {
    // '项目名称' + tab → the empty cell 1 starts at column 6
    expect(rows[0]!.cells[1]).toMatchObject({ text: '', index: 1, column: 6 });
    // a trailing empty cell sits one past the end of the line
    expect(rows[0]!.cells[5]!.column).toBe(lines[0]!.length + 1);
  });

  it('keeps a doubled tab as a real empty cell and reports a dropped tab as printed', () => {
    const [doubled, dropped] = extractRows('\t\t质量指标\t\t达标率\t100%\n\t质量指标\t达标率\t100%');
    expect(texts(doubled!)).toEqual(['', '', '质量指标', '', '达标率', '100%']);
    expect(doubled!.cells.find((c) => c.text === '达标率')!.index).toBe(4);
    // one leading tab missing: the extractor does not guess, the label is at index 1
    expect(dropped!.cells.find((c) => c.text === '质量指标')!.index).toBe(1);
    expect(dropped!.cells.find((c) => c.text === '达标率')!.index).toBe(2);
  });

  it('counts columns in UTF-16 units (a surrogate pair is two)', () => {
    const [row] = extractRows('𠀀名称\t值');
    expect(row!.cells[1]).toMatchObject({ text: '值', column: 6 });
  });

  it('splits a line with tabs on tabs even when it also holds pipes or wide gaps', () => {
    const [row] = extractRows('a | b\tc    d');
    expect(row!.layout).toBe('tab');
    expect(texts(row!)).toEqual(['a | b', 'c    d']);
  });
});
