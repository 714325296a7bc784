import { describe, expect, it } from 'vitest';
import { extractRows } from '../../extractors/text-rows.js';
import type { Row } from '../../schemas/cells.js';
import { aligned } from './aligned.js';

const texts = (r: Row): string[] => r.cells.map((c) => c.text);
const indexes = (r: Row): number[] => r.cells.map((c) => c.index);
const rowsOf = (lines: readonly string[]): Row[] => extractRows(lines.join('\n'));

function expectColumnsPointAtText(rows: readonly Row[]): void {
  for (const row of rows) for (const c of row.cells) expect(row.text.slice(c.column - 1, c.column - 1 + c.text.length)).toBe(c.text);
}

// pdftotext -layout style: columns at display positions, CJK two wide, numbers centred
const HEADER = aligned([[0, '一级指标'], [10, '二级指标'], [20, '三级指标'], [44, '年度指标值'], [58, '实际完成值'], [72, '分值'], [80, '得分']]);
const INDICATORS = [
  HEADER,
  aligned([[0, '产出指标'], [10, '数量指标'], [20, '人才覆盖率'], [44, '完成率 100%'], [58, '完成率 100%'], [73, '15'], [81, '15']]),
  aligned([[10, '质量指标'], [20, '按照人才工作相关要求'], [46, '100%'], [60, '95%'], [73, '10'], [82, '9']]),
  aligned([[20, '及时率'], [46, '100%'], [60, '100%'], [74, '5'], [82, '5']]),
  aligned([[0, '效益指标'], [10, '社会效益'], [20, '满意度'], [45, '≥90%'], [60, '92%'], [73, '10'], [81, '10']]),
  aligned([[0, '总分'], [72, '100'], [80, '89']]),
];

describe('space layout', () => {
  it('splits on runs of two or more spaces and keeps single spaces inside a cell', () => {
    const rows = rowsOf(INDICATORS);
    expect(rows.every((r) => r.layout === 'space')).toBe(true);
    expect(texts(rows[1]!)).toEqual(['产出指标', '数量指标', '人才覆盖率', '完成率 100%', '完成率 100%', '15', '15']);
  });

  it('indexes cells by the column they stand under, leaving gaps for empty columns', () => {
    const rows = rowsOf(INDICATORS);
    expect(indexes(rows[0]!)).toEqual([0, 1, 2, 3, 4, 5, 6]);
    expect(indexes(rows[1]!)).toEqual([0, 1, 2, 3, 4, 5, 6]);
    expect(indexes(rows[2]!)).toEqual([1, 2, 3, 4, 5, 6]); // merged 一级 cell left blank
    expect(indexes(rows[3]!)).toEqual([2, 3, 4, 5, 6]); // 一级 and 二级 blank
    expect(indexes(rows[4]!)).toEqual([0, 1, 2, 3, 4, 5, 6]);
    expect(indexes(rows[5]!)).toEqual([0, 5, 6]); // 总分 row: no '' cells invented for the gap
    expect(texts(rows[5]!)).toEqual(['总分', '100', '89']);
  });

  it('keeps centred and right-aligned numbers in their header column', () => {
    const rows = rowsOf(INDICATORS);
    const column = (text: string, row: Row) => row.cells.find((c) => c.text === text)!.index;
    expect(column('9', rows[2]!)).toBe(column('得分', rows[0]!));
    expect(column('5', rows[3]!)).toBe(column('分值', rows[0]!));
    expect(column('100', rows[5]!)).toBe(column('分值', rows[0]!));
  });

  it('points columns at the first character of each cell (UTF-16 offsets, not display columns)', () => {
    const rows = rowsOf(INDICATORS);
    expectColumnsPointAtText(rows);
    // '一级指标' + 2 spaces: display 10 is character offset 6
    expect(rows[0]!.cells[1]!.column).toBe(7);
    // a row starting with 10 display columns of spaces: 质量指标 at offset 10
    expect(rows[2]!.cells[0]!.column).toBe(11);
  });

  it('aligns by display width: CJK cells shift later cells in characters but not on screen', () => {
    const lines = [
      aligned([[0, '项目名称'], [16, '年初预算数'], [30, '执行率']]),
      aligned([[0, 'abc'], [16, '18'], [30, '0%']]),
      aligned([[0, '其中：当年财政拨款'], [20, '—']]),
    ];
    // in characters the second column starts at 12 in row 1 but at 16 in row 2
    expect(lines[0]!.indexOf('年初预算数')).not.toBe(lines[1]!.indexOf('18'));
    const rows = rowsOf(lines);
    expect(indexes(rows[0]!)).toEqual([0, 1, 2]);
    expect(indexes(rows[1]!)).toEqual([0, 1, 2]);
    expect(indexes(rows[2]!)).toEqual([0, 1]);
  });

  it('also lines up text padded by character count, when that is how the block aligns', () => {
    const lines = [
      '项目名称'.padEnd(10) + '年初预算数'.padEnd(10) + '执行率',
      '年度资金总额'.padEnd(10) + '18'.padEnd(10) + '0%',
      '其他资金'.padEnd(20) + '—',
    ];
    const rows = rowsOf(lines);
    expect(indexes(rows[0]!)).toEqual([0, 1, 2]);
    expect(indexes(rows[1]!)).toEqual([0, 1, 2]);
    expect(indexes(rows[2]!)).toEqual([0, 2]);
  });

  it('lines up text where the producer drew quotes and ≥ two columns wide', () => {
    const lines = [
      aligned([[0, '“一”“二”“三”指标'], [24, '100%'], [34, '15']], true),
      aligned([[0, '党员人数'], [24, '≥30'], [34, '10']], true),
      aligned([[0, '“双报到”率'], [24, '95%'], [34, '5']], true),
    ];
    const rows = rowsOf(lines);
    for (const row of rows) expect(indexes(row)).toEqual([0, 1, 2]);
  });

  it('keeps rows in one block across blank lines, so a row with a blank first column stays indented', () => {
    const lines = [
      aligned([[0, '产出指标'], [12, '数量指标'], [24, '15']]),
      '',
      aligned([[12, '质量指标'], [24, '10']]),
      '',
      aligned([[12, '时效指标'], [24, '5']]),
    ];
    const rows = rowsOf(lines);
    expect(rows.map((r) => r.layout)).toEqual(['space', 'blank', 'space', 'blank', 'space']);
    expect(indexes(rows[2]!)).toEqual([1, 2]);
    expect(indexes(rows[4]!)).toEqual([1, 2]);
  });

  it('gives a one-cell wrap line between table rows the index of the column it sits in', () => {
    const lines = [
      aligned([[0, '产出'], [10, '数量指标'], [20, '社区党校教学培训'], [40, '100%']]),
      aligned([[0, '指标'], [20, '活动开展完成率']]),
      aligned([[20, '（含线上）']]),
      aligned([[10, '质量指标'], [20, '达标率'], [40, '95%']]),
    ];
    const rows = rowsOf(lines);
    expect(rows[2]!.layout).toBe('space');
    expect(indexes(rows[2]!)).toEqual([2]);
    expect(indexes(rows[1]!)).toEqual([0, 2]);
    expect(indexes(rows[3]!)).toEqual([1, 2, 3]);
  });

  it('does not let a merged cell that spans columns weld them together', () => {
    const lines = [
      aligned([[0, '项目名称'], [16, '上海市闵行区吴泾镇人民政府']]),
      aligned([[0, '项目资金'], [16, '年初预算数'], [30, '全年预算数'], [44, '执行率']]),
      aligned([[2, '年度资金总额'], [18, '18'], [32, '18'], [45, '0%']]),
      aligned([[2, '其他资金'], [32, '0'], [45, '—']]),
    ];
    const rows = rowsOf(lines);
    expect(indexes(rows[0]!)).toEqual([0, 1]);
    expect(indexes(rows[1]!)).toEqual([0, 1, 2, 3]);
    expect(indexes(rows[2]!)).toEqual([0, 1, 2, 3]);
    expect(indexes(rows[3]!)).toEqual([0, 2, 3]);
  });

  it('treats a value jittered one position off its column as that column', () => {
    const lines = [
      aligned([[0, '三级指标'], [20, '分值'], [30, '得分']]),
      aligned([[0, '覆盖率'], [25, '5'], [30, '5']]),
    ];
    const rows = rowsOf(lines);
    expect(indexes(rows[1]!)).toEqual([0, 1, 2]);
  });

  it('never gives two cells of one row the same index, even in a badly aligned block', () => {
    const rows = rowsOf(['AAAAA  BBBBB', 'CCC  DDDDDDD', 'EE  FF  GG']);
    for (const row of rows) {
      const idx = indexes(row);
      for (let k = 1; k < idx.length; k++) expect(idx[k]!).toBeGreaterThan(idx[k - 1]!);
    }
  });

  it('treats ideographic spaces as padding: one is a wrap space, two separate cells', () => {
    const rows = rowsOf(['绩　效　自　评　表', '项目名称\u3000\u3000区域人才服务经费']);
    expect(rows[0]!.layout).toBe('single');
    expect(texts(rows[0]!)).toEqual(['绩　效　自　评　表']);
    expect(texts(rows[1]!)).toEqual(['项目名称', '区域人才服务经费']);
    expect(rows[1]!.cells[1]!.column).toBe(7);
  });
});
