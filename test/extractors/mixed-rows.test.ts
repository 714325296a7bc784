import { describe, expect, it } from 'vitest';
import { extractRows } from '../../extractors/text-rows.js';
import { detectLayouts } from '../../extractors/layout.js';
import { readText } from '../../pipeline/read.js';
import { encodeGb18030 } from '../../scripts/gb18030-encode.js';
import type { Row } from '../../schemas/cells.js';
import { aligned } from './aligned.js';

const texts = (r: Row): string[] => r.cells.map((c) => c.text);
const indexes = (r: Row): number[] => r.cells.map((c) => c.index);

const DOCUMENT = [
  '                    财政项目支出绩效自评表',
  '                        （2022年度）',
  '',
  '本项目旨在健全人才服务体系，全年完成率 100%，详见下表。',
  '项目名称\t\t区域人才服务经费\t\t',
  '\t年度资金总额\t18\t18\t0',
  '',
  aligned([[0, '一级指标'], [12, '二级指标'], [24, '三级指标'], [40, '分值']]),
  aligned([[0, '产出指标'], [12, '数量指标'], [24, '覆盖率'], [41, '15']]),
  aligned([[12, '质量指标'], [24, '达标率'], [41, '10']]),
  aligned([[0, '总分'], [40, '25']]),
  '',
  '备注：以上数据由单位自评。',
];

describe('mixed documents', () => {
  const rows = extractRows(DOCUMENT.join('\n'));

  it('decides each line: title and narrative single, tab table, space table, blanks', () => {
    expect(rows.map((r) => r.layout)).toEqual([
      'single', 'single', 'blank', 'single', 'tab', 'tab', 'blank', 'space', 'space', 'space', 'space', 'blank', 'single',
    ]);
    expect(detectLayouts(DOCUMENT)).toEqual(rows.map((r) => r.layout));
  });

  it('keeps titles and narrative whole, at index 0, pointing at their first character', () => {
    expect(rows[0]!.cells).toEqual([{ text: '财政项目支出绩效自评表', line: 1, column: 21, index: 0 }]);
    expect(texts(rows[3]!)).toEqual(['本项目旨在健全人才服务体系，全年完成率 100%，详见下表。']);
  });

  it('indexes the tab table by tabs and the space table by its own columns', () => {
    expect(texts(rows[4]!)).toEqual(['项目名称', '', '区域人才服务经费', '', '']);
    expect(indexes(rows[5]!)).toEqual([0, 1, 2, 3, 4]);
    expect(indexes(rows[7]!)).toEqual([0, 1, 2, 3]);
    expect(indexes(rows[9]!)).toEqual([1, 2, 3]);
    expect(indexes(rows[10]!)).toEqual([0, 3]);
  });

  it('numbers lines from 1 and keeps each source line as the row text', () => {
    expect(rows).toHaveLength(DOCUMENT.length);
    rows.forEach((r, i) => {
      expect(r.line).toBe(i + 1);
      expect(r.text).toBe(DOCUMENT[i]);
      for (const c of r.cells) expect(c.line).toBe(i + 1);
    });
  });

  it('finds the columns of two space tables separately when a title stands between them', () => {
    const lines = [
      aligned([[0, '一级指标'], [12, '二级指标'], [24, '三级指标'], [40, '分值']]),
      aligned([[0, '产出指标'], [12, '数量指标'], [24, '覆盖率'], [41, '15']]),
      '部门整体支出绩效自评表',
      aligned([[0, '项目名称'], [30, '上海市闵行区']]),
      aligned([[0, '预算数'], [30, '18'], [44, '100%']]),
    ];
    const got = extractRows(lines.join('\n'));
    expect(got.map((r) => r.layout)).toEqual(['space', 'space', 'single', 'space', 'space']);
    // position 30 lies under 三级指标 of the first table; the second table's own column 1 starts there
    expect(indexes(got[3]!)).toEqual([0, 1]);
    expect(indexes(got[4]!)).toEqual([0, 1, 2]);
  });

  it('keeps a one-cell line right before or after a table single (a title, a note), not a table row', () => {
    const lines = [
      aligned([[14, '（2022年度）']]),
      aligned([[0, '一级指标'], [12, '二级指标'], [24, '分值']]),
      aligned([[0, '产出指标'], [12, '数量指标'], [24, '15']]),
      aligned([[12, '注：单位万元']]),
    ];
    const got = extractRows(lines.join('\n'));
    expect(got.map((r) => r.layout)).toEqual(['single', 'space', 'space', 'single']);
    expect(indexes(got[0]!)).toEqual([0]);
  });

  it('does not make a row for the empty string after a final newline, but keeps inner blank lines', () => {
    expect(extractRows('标题\n\n总分\t100\n')).toHaveLength(3);
    expect(extractRows('标题\r\n\r\n总分\t100\r\n').map((r) => r.text)).toEqual(['标题', '', '总分\t100']);
    expect(extractRows('')).toEqual([{ line: 1, text: '', cells: [], layout: 'blank' }]);
  });

  it('numbers from firstLine and fills pages from page breaks', () => {
    const got = extractRows('标题\n项目名称\t经费\n\n第二页\n总分\t100', { firstLine: 10, pageBreaks: [13] });
    expect(got.map((r) => r.line)).toEqual([10, 11, 12, 13, 14]);
    expect(got.map((r) => r.page)).toEqual([1, 1, 1, 2, 2]);
    expect(got[4]!.cells.every((c) => c.line === 14 && c.page === 2)).toBe(true);
    expect(extractRows('a\nb')[0]!.page).toBeUndefined();
  });

  it('runs from GB18030 bytes through readText into rows with pages', () => {
    const read = readText(encodeGb18030('财政项目支出绩效自评表\r\n项目名称\t\t经费\r\n\f总分\t100\t89\r\n'));
    if (read.kind !== 'text') throw new Error(read.message);
    const got = extractRows(read.text, { pageBreaks: read.pageBreaks });
    expect(got.map((r) => [r.layout, r.page])).toEqual([['single', 1], ['tab', 1], ['blank', 1], ['tab', 2]]);
    expect(texts(got[3]!)).toEqual(['总分', '100', '89']);
  });
});

describe('extractRows cost', () => {
  it('handles a large space table and pathological lines in linear time', () => {
    const row = (i: number) => aligned([[0, `指标${i}`], [16, '数量指标'], [30, `${i}%`], [40, String(i % 10)]]);
    const big = Array.from({ length: 5000 }, (_, i) => (i % 7 === 0 ? aligned([[16, '质量指标'], [40, '5']]) : row(i)));
    const odd = ['a '.repeat(20000), ' '.repeat(50000) + 'x', '|'.repeat(20000), '\t'.repeat(20000) + 'y', '-'.repeat(30000)];
    const t0 = performance.now();
    const got = extractRows([...big, ...odd].join('\n'));
    const ms = performance.now() - t0;
    expect(got).toHaveLength(5005);
    expect(indexes(got[7]!)).toEqual([1, 3]);
    expect(got[5001]!.cells[0]).toMatchObject({ text: 'x', column: 50001 });
    expect(ms).toBeLessThan(3000); // a regex or quadratic blow-up takes far longer; typical is tens of ms
  });
});
