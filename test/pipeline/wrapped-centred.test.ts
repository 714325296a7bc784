import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../pipeline/extract-document.js';

/** a line with each text starting at its 0-based character position */
const at = (pieces: readonly (readonly [number, string])[]): string => pieces.reduce((line, [x, t]) => line.padEnd(x, ' ') + t, '');
const X = { l1: 2, l2: 12, name: 22, target: 36, actual: 48, weight: 60, score: 67, dev: 74 };

/**
 * Layout text of a self-evaluation table whose cells wrap: each wrapped cell is printed centred on
 * its row's main line (the line of the 分值/得分), as many lines above as below.
 */
const LINES = [
  '                    项目支出绩效自评表',
  at([[X.l1, '一级指标'], [X.l2, '二级指标'], [X.name, '三级指标'], [X.target, '年度指标值'], [X.actual, '实际完成值'], [X.weight, '分值'], [X.score, '得分'], [X.dev, '偏差原因分析及改进措施']]),
  at([[X.dev, '个别服务']]),
  at([[X.name, '助餐服务'], [X.dev, '对象反馈']]),
  at([[X.l2, '数量指标'], [X.target, '≥90%'], [X.actual, '92.5%'], [X.weight, '30'], [X.score, '20']]),
  at([[X.name, '开展场次'], [X.dev, '意见尚未']]),
  at([[X.dev, '全部落实']]),
  at([[X.l1, '产出指标'], [X.name, '防汛演练'], [X.target, '+70.00('], [X.actual, '+70.00(']]),
  at([[X.weight, '30'], [X.score, '30']]),
  at([[X.name, '规范性'], [X.target, '人)'], [X.actual, '人)']]),
  at([[X.name, '系统维护'], [X.target, '>1万人'], [X.actual, '1.2万人'], [X.weight, '40'], [X.score, '40']]),
  at([[X.l2, '质量指标'], [X.name, '合格率']]),
  at([[X.name, '总分'], [X.weight, '100'], [X.score, '90']]),
];

describe('wrapped cells centred on their row (layout text)', async () => {
  const doc = await extractDocument(new TextEncoder().encode(LINES.join('\n') + '\n'), { file: 'wrapped.txt' });
  const t = doc.tables[0]!;
  it('gives each row the pieces printed above and below its main line, column by column', () => {
    expect(t.indicators.map((i) => [i.name, i.target, i.actual, i.weight, i.score, i.deviation])).toEqual([
      ['助餐服务开展场次', '≥90%', '92.5%', 30, 20, '个别服务对象反馈意见尚未全部落实'],
      ['防汛演练规范性', '+70人', '+70人', 30, 30, null],
      ['系统维护合格率', '>1万人', '1.2万人', 40, 40, null],
    ]);
    // labels on lines of pieces stay labels
    expect([t.indicators[0]!.level2, t.indicators[2]!.level2]).toEqual(['数量指标', '质量指标']);
  });
  it('finds nothing wrong with a consistent table', () => {
    expect(t.total).toEqual({ weight: 100, score: 90 });
    expect(t.findings.filter((f) => f.severity !== 'info')).toEqual([]);
  });
});

describe('funds items wrapped round their line of amounts (layout text)', async () => {
  const F = { label: 0, item: 7, a: 24, b: 36, c: 48, w: 58, r: 64, s: 72 };
  const lines = [
    '                    项目支出绩效自评表',
    at([[F.a, '年初预算数'], [F.b, '全年预算数'], [F.c, '全年执行数'], [F.w, '分值'], [F.r, '执行率'], [F.s, '得分']]),
    at([[F.item, '年度资金总额'], [F.a, '24.09'], [F.b, '24.09'], [F.c, '11.03'], [F.w, '10'], [F.r, '45.79%'], [F.s, '4.58']]),
    at([[F.label, '项目资']]),
    at([[F.item, '其中：当年财政']]),
    at([[F.label, '金 (万元)'], [F.a, '24.09'], [F.b, '24.09'], [F.c, '11.03']]),
    at([[F.item, '拨款']]),
    at([[F.item - 2, '上年结转资金']]),
    at([[F.item - 2, '其他资金']]),
    at([[2, '一级指标'], [12, '二级指标'], [22, '三级指标'], [36, '年度指标值'], [48, '实际完成值'], [60, '分值'], [67, '得分']]),
    at([[2, '产出指标'], [12, '数量指标'], [22, '培训人数'], [36, '≥100人'], [48, '120人'], [60, '90'], [67, '85.42']]),
    at([[22, '总分'], [60, '100'], [67, '90']]),
  ];
  const doc = await extractDocument(new TextEncoder().encode(lines.join('\n') + '\n'), { file: 'funds.txt' });
  const t = doc.tables[0]!;
  it('joins the item\'s pieces, keeps rows without amounts as rows, and the block label out of the items', () => {
    expect(t.unit).toBe('万元');
    expect(t.funds.map((f) => [f.item, f.initial_budget, f.annual_budget, f.executed, f.weight, f.rate, f.score])).toEqual([
      ['年度资金总额', 240900, 240900, 110300, 10, 0.4579, 4.58],
      ['其中:当年财政拨款', 240900, 240900, 110300, null, null, null],
      ['上年结转资金', null, null, null, null, null, null],
      ['其他资金', null, null, null, null, null, null],
    ]);
    expect(t.findings.filter((f) => f.severity !== 'info')).toEqual([]);
  });
});

describe('declaration rows: name and 指标值 both wrap (layout text)', async () => {
  const D = { l1: 4, l2: 14, name: 26, target: 40 };
  const lines = [
    '                    项目支出绩效目标申报表',
    at([[D.l1, '一级指标'], [D.l2, '二级指标'], [D.name, '三级指标'], [D.target, '年度指标值']]),
    at([[D.name, '助餐服务']]),
    at([[D.target, '合规']]),
    at([[D.name, '完成数']]),
    at([[D.name, '专题讲座'], [D.target, '2.00项']]),
    at([[D.l2, '数量指标']]),
    at([[D.target, '平均每周']]),
    at([[D.name, '防汛演练']]),
    at([[D.l1, '产出指标'], [D.target, '不少于2']]),
    at([[D.name, '合格率']]),
    at([[D.target, '次']]),
    at([[D.name, '走访慰问'], [D.target, '100%']]),
  ];
  const doc = await extractDocument(new TextEncoder().encode(lines.join('\n') + '\n'), { file: 'declaration.txt' });
  it('splits the lines into rows centred on themselves, the most rows that fit', () => {
    expect(doc.tables[0]!.indicators.map((i) => [i.level1, i.name, i.target])).toEqual([
      ['产出指标', '助餐服务完成数', '合规'],
      ['产出指标', '专题讲座', '2项'],
      ['产出指标', '防汛演练合格率', '平均每周不少于2次'],
      ['产出指标', '走访慰问', '100%'],
    ]);
  });
});

describe('funds cells glued by one space (layout text)', async () => {
  const F = { item: 7, a: 24, b: 36, c: 48, w: 58, s: 72 };
  const lines = [
    '                    项目支出绩效自评表',
    at([[F.a, '年初预算数'], [F.b, '全年预算数'], [F.c, '全年执行数'], [F.w, '分值'], [F.w + 5, '执行率'], [F.s, '得分']]),
    at([[0, '项目资 年度资金总额'], [F.a, '24.09'], [F.b, '24.09'], [F.c, '11.03'], [F.w, '10 45.79%'], [F.s, '4.58']]),
    at([[0, '金 (万元) 其中：当年财政']]),
    at([[F.a, '24.09'], [F.b, '24.09'], [F.c, '11.03']]),
    at([[F.item, '拨款']]),
    at([[2, '一级指标'], [12, '二级指标'], [22, '三级指标'], [36, '年度指标值'], [48, '实际完成值'], [60, '分值'], [67, '得分']]),
    at([[2, '产出指标'], [12, '数量指标'], [22, '培训人数'], [36, '≥100人'], [48, '120人'], [60, '90'], [67, '85.42']]),
    at([[22, '总分'], [60, '100'], [67, '90']]),
  ];
  const doc = await extractDocument(new TextEncoder().encode(lines.join('\n') + '\n'), { file: 'glued.txt' });
  it('splits a block label piece from the item beside it, and two amounts glued together', () => {
    const t = doc.tables[0]!;
    expect(t.unit).toBe('万元');
    expect(t.funds.map((f) => f.item)).toEqual(['年度资金总额', '其中:当年财政拨款']);
    expect([t.funds[0]!.initial_budget, t.funds[0]!.executed, t.funds[0]!.weight, t.funds[0]!.rate, t.funds[0]!.score]).toEqual([240900, 110300, 10, 0.4579, 4.58]);
    // (the second row's amounts: a label line of one cell splits the layout run, so the lines
    // below get column indexes of their own — fixing the funds columns once per block is open)
  });
});
