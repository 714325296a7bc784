import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../pipeline/extract-document.js';
import type { Place } from '../../schemas/place.js';

/** A small tab-separated self-evaluation table, built here so every cell's line and column is known. */
const LINES = [
  '项目支出绩效自评表',
  '项目名称\t社区服务经费',
  '主管部门\t某区民政局\t实施单位\t某街道办事处',
  '项目资金(万元)\t\t年初预算数\t全年预算数\t全年执行数\t分值\t执行率\t得分',
  '\t年度资金总额\t10\t10\t9\t10\t90%\t9',
  '一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t分值\t得分\t偏差原因分析及改进措施',
  '产出指标\t数量指标\t培训人数\t≥100人\t120人\t50\t50\t',
  '效益指标\t社会效益指标\t居民知晓率\t≥90%\t85%\t40\t35\t宣传不足',
  '总分\t\t\t\t\t100\t94\t',
];
const file = 'places.txt';
/** the place of the k-th tab cell of a line (1-based line) */
const cellAt = (line: number, k: number): Place => {
  const text = LINES[line - 1]!;
  let column = 1;
  for (let i = 0; i < k; i++) column = text.indexOf('\t', column - 1) + 2;
  return { file, line, column, page: 1 };
};

describe('a place for every value', async () => {
  const doc = await extractDocument(new TextEncoder().encode(LINES.join('\n') + '\n'), { file });
  const t = doc.tables[0]!;

  it('reads the table (and it is consistent: no warnings)', () => {
    expect(t.indicators.map((i) => i.name)).toEqual(['培训人数', '居民知晓率']);
    expect(t.findings.filter((f) => f.severity === 'warning')).toEqual([]);
  });
  it('places each indicator value on its own cell', () => {
    expect(t.indicators[1]!.places).toEqual({
      name: cellAt(8, 2), target: cellAt(8, 3), actual: cellAt(8, 4), weight: cellAt(8, 5), score: cellAt(8, 6), deviation: cellAt(8, 7),
    });
    expect(t.indicators[0]!.places!.deviation).toBeNull();
  });
  it('places each funds value on its own cell', () => {
    expect(t.funds[0]!.places).toEqual({
      item: cellAt(5, 1), initial_budget: cellAt(5, 2), annual_budget: cellAt(5, 3), executed: cellAt(5, 4),
      weight: cellAt(5, 5), rate: cellAt(5, 6), score: cellAt(5, 7),
    });
  });
  it('places the header fields, the title and the 总分 cells', () => {
    expect(t.places).toMatchObject({
      title: cellAt(1, 0), project: cellAt(2, 1), department: cellAt(3, 1), implementer: cellAt(3, 3),
      region: null, total_weight: cellAt(9, 5), total_score: cellAt(9, 6),
    });
  });
  it('the places are what the values were read from', () => {
    const text = (p: Place | null) => (p === null ? null : LINES[p.line! - 1]!.slice(p.column! - 1).split('\t')[0]);
    expect(text(t.places!.project)).toBe(t.project);
    expect(text(t.funds[0]!.places!.rate)).toBe('90%');
    expect(t.indicators.map((i) => text(i.places!.target))).toEqual(['≥100人', '≥90%']);
  });
});
