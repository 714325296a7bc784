import { describe, expect, it } from 'vitest';
import type { BlockCell, TableBlock } from '../../extractors/pdf/blocks.js';
import { freeLinesOf } from '../../extractors/pdf/free-lines.js';
import { chunksOf } from '../../extractors/pdf/text-chunks.js';
import { blocksFromFreeLines, mergeCentredLabels } from '../../extractors/pdf/text-columns.js';
import { glyphsOf } from './make-glyphs.js';

const userBox = () => [0, 0, 1, 1] as const;
/** lines of cells at fixed x positions, one line every 20 pt */
function page(rows: (string | null)[][], xs: number[]) {
  const glyphs = rows.flatMap((cells, r) => cells.flatMap((t, c) => (t ? glyphsOf(t, xs[c]!, 100 + 20 * r, 10, r * 10 + c) : [])));
  return blocksFromFreeLines(freeLinesOf(chunksOf(glyphs)), 1, userBox);
}
const texts = (t: TableBlock) => t.rows.map((r) => r.map((c) => c.text));

describe('tables without ruling lines', () => {
  it('finds the columns from the white space running through the rows', () => {
    const blocks = page([
      ['三级指标', '年度指标值', '实际完成值', '分值'],
      ['校园安保人员配备人数', '≥420人', '426人', '15'],
      ['家长满意度', '≥90%', '92.3%', '10'],
      ['学生满意度', '≥90%', '95%', '10'],
    ], [0, 140, 220, 300]);
    expect(blocks).toHaveLength(1);
    const t = blocks[0] as TableBlock;
    expect(t.kind).toBe('table');
    expect(t.ruled).toBe(false);
    expect(t.xs).toHaveLength(5);
    expect(texts(t)).toEqual([
      ['三级指标', '年度指标值', '实际完成值', '分值'],
      ['校园安保人员配备人数', '≥420人', '426人', '15'],
      ['家长满意度', '≥90%', '92.3%', '10'],
      ['学生满意度', '≥90%', '95%', '10'],
    ]);
  });

  it('leaves narrative, titles and a lone two-part line as lines', () => {
    const blocks = page([['财政项目支出绩效自评表'], ['填报单位：某某局', '单位：万元'], ['全年完成情况良好。']], [0, 300]);
    expect(blocks.map((b) => b.kind)).toEqual(['line', 'line', 'line']);
  });

  it('a header centred over a merged range spans the text under it (header alignment)', () => {
    const glyphs = [
      ...glyphsOf('一级', 0, 100), ...glyphsOf('预期目标', 95, 100), ...glyphsOf('实际完成情况', 285, 100),
      ...glyphsOf('甲', 0, 120), ...glyphsOf('为全区中小学配备专职安保人员落实', 40, 120), ...glyphsOf('全年配备专职安保人员共计四百', 250, 120),
      ...glyphsOf('乙', 0, 140), ...glyphsOf('x', 40, 140), ...glyphsOf('y', 140, 140), ...glyphsOf('z', 250, 140), ...glyphsOf('w', 350, 140),
      ...glyphsOf('丙', 0, 160), ...glyphsOf('x', 40, 160), ...glyphsOf('y', 140, 160), ...glyphsOf('z', 250, 160), ...glyphsOf('w', 350, 160),
    ];
    const t = blocksFromFreeLines(freeLinesOf(chunksOf(glyphs)), 1, userBox)[0] as TableBlock;
    const head = t.rows[0]!.map((c) => [c.text, c.x0, c.x1]);
    const text = t.rows[1]!.map((c) => [c.x0, c.x1]);
    expect(head.map((h) => [h[1], h[2]]).slice(1)).toEqual(text.slice(1));
  });

  it('an empty column keeps its place as an empty cell', () => {
    const t = page([['a1', 'b1', 'c1'], ['a2', null, 'c2'], ['a3', 'b3', 'c3']], [0, 100, 200])[0] as TableBlock;
    expect(texts(t)[1]).toEqual(['a2', '', 'c2']);
  });
});

describe('mergeCentredLabels', () => {
  const cell = (text: string, x0: number): BlockCell => ({ text, x0, x1: x0 + 50, rowSpan: 1, page: 1, box: [0, 0, 1, 1] });
  const row = (...t: string[]) => t.map((s, k) => cell(s, k * 50));

  it('moves a label printed between the rows of its block onto the block, spanning it', () => {
    const rows = [row('项目名称', 'x', 'y'), row('', '年度资金总额', '10'), row('项目资金', '', ''), row('', '其他资金', '0')];
    const { rows: merged, kept } = mergeCentredLabels(rows, [0, 20, 30, 40], 12);
    expect(kept).toEqual([0, 1, 3]);
    expect(merged.map((r) => r.map((c) => `${c.text}${c.rowSpan > 1 ? `v${c.rowSpan}` : ''}`))).toEqual([
      ['项目名称', 'x', 'y'], ['项目资金v2', '年度资金总额', '10'], ['', '其他资金', '0'],
    ]);
  });

  it('leaves a lone cell that is not centred on empty neighbours alone', () => {
    const rows = [row('', 'a', 'b'), row('', '', '备注'), row('', 'c', 'd'), row('', 'e', 'f')];
    expect(mergeCentredLabels(rows, [0, 20, 40, 60], 12).rows).toHaveLength(4);
  });
});
