import { describe, expect, it } from 'vitest';
import { extractRows } from '../../extractors/text-rows.js';
import { joinStackedHeaderLines } from '../../extractors/text/stacked-header-lines.js';

const joined = (lines: readonly string[]) => joinStackedHeaderLines(extractRows(lines.join('\n')));
/** a line with each text starting at its 0-based character position */
const at = (pieces: readonly (readonly [number, string])[]): string => pieces.reduce((line, [x, t]) => line.padEnd(x, ' ') + t, '');
const texts = (lines: readonly string[]) => joined(lines).map((r) => r.cells.map((c) => c.text.replace(/\n/g, '/')));

describe('joinStackedHeaderLines (the text front end rebuilds header cells stacked over lines)', () => {
  it('joins a header stacked over 2 lines, piece by piece down the columns they overlap', () => {
    const lines = [
      at([[8, '一级'], [18, '二级'], [28, '三级'], [38, '年度'], [50, '实际'], [61, '分'], [68, '得'], [76, '偏差原因分析']]),
      at([[8, '指标'], [18, '指标'], [28, '指标'], [38, '指标值'], [50, '完成值'], [61, '值'], [68, '分'], [76, '及改进措施']]),
      at([[8, '产出指标'], [18, '数量指标'], [28, '培训人数'], [38, '≥100人'], [50, '120人'], [60, '30'], [67, '30']]),
    ];
    const rows = joined(lines);
    expect(rows).toHaveLength(2);
    expect(rows[0]!.cells.map((c) => c.text)).toEqual(['一级\n指标', '二级\n指标', '三级\n指标', '年度\n指标值', '实际\n完成值', '分\n值', '得\n分', '偏差原因分析\n及改进措施']);
    // each joined cell is placed where its first piece is printed, on the first line
    expect(rows[0]!.cells.map((c) => [c.line, c.column])).toEqual([[1, 9], [1, 19], [1, 29], [1, 39], [1, 51], [1, 62], [1, 69], [1, 77]]);
    expect(rows[1]!.cells.map((c) => c.text)).toEqual(['产出指标', '数量指标', '培训人数', '≥100人', '120人', '30', '30']);
  });

  it('joins a funds header stacked over 5 lines with single characters centred between', () => {
    const lines = [
      at([[12, '年初'], [24, '全年'], [36, '全年'], [57, '执']]),
      at([[47, '分'], [66, '得']]),
      at([[12, '预算'], [24, '预算'], [36, '执行'], [57, '行']]),
      at([[47, '值'], [66, '分']]),
      at([[13, '数'], [25, '数'], [37, '数'], [57, '率']]),
      at([[0, '年度资金总额'], [12, '10'], [24, '10'], [36, '9'], [46, '10'], [56, '90%'], [66, '9']]),
    ];
    expect(texts(lines)[0]).toEqual(['年初/预算/数', '全年/预算/数', '全年/执行/数', '分/值', '执/行/率', '得/分']);
  });

  it('joins a label wrapped round a one-line header row (a piece above, a piece below)', () => {
    const lines = [
      at([[50, '偏差原因分析及改进措']]),
      at([[2, '一级指标'], [13, '二级指标'], [24, '三级指标'], [35, '指标值'], [42, '分值'], [48, '得分']]),
      at([[54, '施']]),
    ];
    expect(texts(lines)).toEqual([['一级指标', '二级指标', '三级指标', '指标值', '分值', '得分', '偏差原因分析及改进措/施']]);
  });

  it('leaves lines alone that are no stacked header: data, header fields, a header already on one line', () => {
    const lines = [
      '   项目名称      美丽家园建设',
      '   主管部门      某区民政局        实施单位      某街道',
      '   一级指标   二级指标   三级指标   年度指标值   分值   得分',
      '   产出指标   数量指标   培训人数   ≥100人       30     30',
    ];
    expect(joined(lines)).toEqual(extractRows(lines.join('\n')));
  });

  it('does not join tab or pipe rows', () => {
    const lines = ['年初\t全年\t分', '预算数\t预算数\t值'];
    expect(joined(lines)).toEqual(extractRows(lines.join('\n')));
  });
});
