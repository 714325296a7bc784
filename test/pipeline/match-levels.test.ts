import { describe, expect, it } from 'vitest';
import { matchLevels, type LevelInput } from '../../pipeline/match-levels.js';
import { level2Of, level1Of } from '../../pipeline/labels.js';
import type { PrintedLabel } from '../../pipeline/indicator-rows.js';
import type { NCell } from '../../pipeline/norm-cell.js';

const cell = (text: string, rowSpan = 1): NCell => ({ text, raw: text, index: 1, line: 1, column: 1, rowSpan, colSpan: 1, notes: [] });
const l2 = (name: string, rowSpan = 1): PrintedLabel => ({ kind: 'level2', def: level2Of(name)!, cell: cell(name, rowSpan) });
const l1 = (name: string): PrintedLabel => ({ kind: 'level1', level1: level1Of(name)!, cell: cell(name) });
const row = (name: string, own: PrintedLabel[] = [], spanned: PrintedLabel[] = []): LevelInput => ({ name, own, before: [], spanned });
const groups = (rows: LevelInput[]) => matchLevels(rows).map((d) => d.level2);

describe('matchLevels', () => {
  it('wording beats a label printed several rows away; groups stay contiguous', () => {
    // every label printed two rows before its group starts (as in real archives)
    const rows = [
      row('培训场次完成数', [l2('数量指标')]),
      row('调研报告完成数'),
      row('走访户数', [l2('质量指标')]),
      row('服务人数'),
      row('培训合格率', [l2('时效指标')]),
      row('验收通过率'),
      row('资金拨付及时率'),
      row('项目完成及时性'),
    ];
    expect(groups(rows)).toEqual(['数量指标', '数量指标', '数量指标', '数量指标', '质量指标', '质量指标', '时效指标', '时效指标']);
  });

  it('rows without telling words follow the table\'s label convention (labels on the last row)', () => {
    const rows = [row('甲'), row('乙'), row('丙', [l2('数量指标')]), row('合格率'), row('戊'), row('己', [l2('质量指标')])];
    expect(groups(rows)).toEqual(['数量指标', '数量指标', '数量指标', '质量指标', '质量指标', '质量指标']);
  });

  it('a merged cell span (PDF grid) is exact evidence, stronger than wording', () => {
    const span = l2('质量指标', 2);
    const rows = [row('场次完成数', [l2('数量指标')]), row('完成数一', [], [span]), row('完成数二', [], [span])];
    expect(groups(rows)).toEqual(['数量指标', '质量指标', '质量指标']);
  });

  it('the 一级 follows from the 二级; 效果指标 is 效益指标', () => {
    const d = matchLevels([row('政策知晓率', [l1('效果指标'), l2('社会效益指标')])]);
    expect([d[0]!.level1, d[0]!.level2]).toEqual(['效益指标', '社会效益指标']);
  });

  it('nothing to go on: undecided, not guessed', () => {
    const d = matchLevels([row('甲'), row('乙')]);
    expect(d.map((x) => [x.level1, x.level2])).toEqual([[null, null], [null, null]]);
  });

  it('a label that disagrees with the decided group is reported as a conflict', () => {
    const rows = [row('完成数', [l2('数量指标')]), row('参与人数'), row('人员数量', [l2('质量指标')]), row('服务户数'), row('合格率'), row('达标率'), row('通过率')];
    const d = matchLevels(rows);
    expect(d[2]!.level2).toBe('数量指标');
    expect(d[2]!.conflict).toBe('质量指标');
    expect(d[4]!.level2).toBe('质量指标');
  });
});
