import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../pipeline/extract-document.js';
import { projectTable, STANDARD, type Ind, type LabelAt } from './build-table.js';
import { encodeGb18030 } from '../../scripts/gb18030-encode.js';

const enc = (s: string) => new TextEncoder().encode(s);
const levels = async (text: string) => {
  const doc = await extractDocument(enc(text), { file: 't.txt' });
  expect(doc.errors).toEqual([]);
  expect(doc.tables).toHaveLength(1);
  return doc.tables[0]!;
};
const truth = (inds: Ind[]) => inds.map((i) => [i.l1, i.l2, i.name]);
const got = (t: Awaited<ReturnType<typeof levels>>) => t.indicators.map((i) => [i.level1, i.level2, i.name]);

describe('matcher: merged labels wherever they are printed', () => {
  for (const at of ['first', 'middle', 'last'] as LabelAt[]) {
    it(`labels on the ${at} row of each group`, async () => {
      const t = await levels(projectTable(STANDARD, { labelAt: at }));
      expect(got(t)).toEqual(truth(STANDARD));
    });
  }

  it('indicators whose wording says nothing are placed by label position (middle convention)', async () => {
    const vague: Ind[] = [
      { l1: '产出指标', l2: '数量指标', name: '年内调研', target: '4次', actual: '4次', weight: 15, score: 15 },
      { l1: '产出指标', l2: '数量指标', name: '调研点位', target: '6个', actual: '6个', weight: 15, score: 15 },
      { l1: '产出指标', l2: '数量指标', name: '走访企业', target: '30家', actual: '30家', weight: 15, score: 15 },
      { l1: '产出指标', l2: '质量指标', name: '按照相关要求执行', target: '是', actual: '是', weight: 15, score: 15 },
      { l1: '产出指标', l2: '质量指标', name: '工作要求落实', target: '落实', actual: '落实', weight: 15, score: 15 },
      { l1: '产出指标', l2: '质量指标', name: '专家评审', target: '通过', actual: '通过', weight: 15, score: 15 },
    ];
    const t = await levels(projectTable(vague, { labelAt: 'middle', total: [100, 100] }));
    expect(got(t)).toEqual(truth(vague));
  });

  it('rows shifted left or right by one or two cells keep their values', async () => {
    const t = await levels(projectTable(STANDARD, { labelAt: 'middle', shift: { 1: 1, 3: -1, 6: 2, 9: 1 } }));
    expect(got(t)).toEqual(truth(STANDARD));
    expect(t.indicators.map((i) => [i.target, i.actual, i.weight, i.score])).toEqual(STANDARD.map((i) => [i.target, i.actual, i.weight, i.score]));
  });

  it('labels printed several rows away from their group: the wording decides', async () => {
    // every 二级 label sits 2 rows below where its group starts
    const lines = projectTable(STANDARD, { labelAt: 'first' }).split('\n');
    const start = lines.findIndex((l) => l.startsWith('一级指标')) + 1;
    const body = lines.slice(start, start + STANDARD.length).map((l) => l.split('\t'));
    const l2 = body.map((c) => c[1]);
    const moved = body.map((c, k) => { const copy = [...c]; copy[1] = k >= 2 ? l2[k - 2]! : ''; return copy; });
    lines.splice(start, STANDARD.length, ...moved.map((c) => c.join('\t')));
    const t = await levels(lines.join('\n'));
    // names with telling wording must land in their true group
    const telling = ['培训合格率', '资金拨付及时率', '政策知晓率', '长效管理机制健全性', '参训人员满意度', '居民满意度'];
    for (const name of telling) {
      const i = t.indicators.find((x) => x.name === name)!;
      expect([i.name, i.level2]).toEqual([name, STANDARD.find((s) => s.name === name)!.l2]);
    }
  });

  it('wrapped labels and header words (产出 指标, 服务对象满 意度指标, 分 值)', async () => {
    const text = projectTable(STANDARD, { labelAt: 'middle' })
      .replace('产出指标', '产出 指标').replace('服务对象满意度指标', '服务对象满 意度指标').replace('\t分值\t得分\t', '\t分 值\t得 分\t');
    const t = await levels(text);
    expect(got(t)).toEqual(truth(STANDARD));
    expect(t.indicators.every((i) => i.weight !== null)).toBe(true);
  });

  it('效果指标 folds to 效益指标 and keeps the printed form', async () => {
    const t = await levels(projectTable(STANDARD).replace(/效益指标\t社会/, '效果指标\t社会'));
    const i = t.indicators.find((x) => x.name === '政策知晓率')!;
    expect([i.level1, i.level1_printed]).toEqual(['效益指标', '效果指标']);
  });
});

describe('layouts and encodings reach the same record', () => {
  const base = projectTable(STANDARD, { labelAt: 'middle' });
  it('pipe layout', async () => {
    const piped = base.split('\n').map((l) => (l.includes('\t') ? `| ${l.split('\t').join(' | ')} |` : l)).join('\n');
    expect(got(await levels(piped))).toEqual(truth(STANDARD));
  });
  it('full-width digits and punctuation', async () => {
    const fw = base.replace(/[0-9%]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));
    const t = await levels(fw);
    expect(t.indicators.map((i) => [i.target, i.weight])).toEqual(STANDARD.map((i) => [i.target, i.weight]));
  });
  it('Traditional characters are converted and noted', async () => {
    const trad = base.replace('财政项目支出绩效自评表', '財政項目支出績效自評表').replace(/产出指标/g, '產出指標').replace(/满意度指标/g, '滿意度指標').replace('实施单位', '實施單位');
    const t = await levels(trad);
    expect(got(t)).toEqual(truth(STANDARD));
    expect(t.findings.map((f) => f.code)).toContain('TRADITIONAL_CONVERTED');
  });
  it('GB18030 bytes', async () => {
    const doc = await extractDocument(encodeGb18030(base), { file: 'gbk.txt' });
    expect(doc.encoding).toBe('gb18030');
    expect(got(doc.tables[0]!)).toEqual(truth(STANDARD));
  });
  it('space-aligned columns (pdftotext -layout), CJK counted double width', async () => {
    const wide = (t: string) => [...t].reduce((w, ch) => w + (/[\u2E80-\uFFEF]/.test(ch) && !/[\uFF61-\uFF9F]/.test(ch) ? 2 : 1), 0);
    const grid = base.split('\n').map((l) => l.split('\t'));
    const tableRows = grid.filter((r) => r.length >= 6);
    const widths: number[] = [];
    for (const r of tableRows) r.forEach((c, k) => { widths[k] = Math.max(widths[k] ?? 0, wide(c)); });
    const spaced = grid.map((r) => (r.length >= 6 ? r.map((c, k) => c + ' '.repeat(widths[k]! - wide(c) + 3)).join('').trimEnd() : r.join('   '))).join('\n');
    const t = await levels(spaced);
    expect(got(t)).toEqual(truth(STANDARD));
    expect(t.indicators.map((i) => [i.target, i.actual, i.weight, i.score])).toEqual(STANDARD.map((i) => [i.target, i.actual, i.weight, i.score]));
  });
  it('CRLF and a UTF-8 BOM', async () => {
    const t = await levels('\ufeff' + base.replace(/\n/g, '\r\n'));
    expect(got(t)).toEqual(truth(STANDARD));
  });
});

describe('checks', () => {
  it('a consistent table yields no warnings', async () => {
    const t = await levels(projectTable(STANDARD));
    expect(t.findings.filter((f) => f.severity !== 'info')).toEqual([]);
  });
  it('a 总分 that disagrees with its rows', async () => {
    const t = await levels(projectTable(STANDARD, { total: [100, 97] }));
    const f = t.findings.find((x) => x.code === 'SCORE_SUM_MISMATCH')!;
    expect(f.severity).toBe('warning');
    expect(f.source?.line).toBeGreaterThan(0);
    expect(t.total).toEqual({ weight: 100, score: 97 });
  });
  it('执行率 that disagrees with 执行数 / 预算数 (44.32 万元, 20.33 executed, printed 48%)', async () => {
    const t = await levels(projectTable(STANDARD, { funds: ['44.32', '44.32', '20.33', '10', '48%', '5'], total: [100, 95] }));
    expect(t.funds[0]).toMatchObject({ initial_budget: 443200, annual_budget: 443200, executed: 203300, rate: 0.48, score: 5 });
    expect(t.findings.map((f) => f.code)).toContain('EXECUTION_RATE_MISMATCH');
    expect(t.findings.map((f) => f.code)).not.toContain('FUNDS_SCORE_MISMATCH');
  });
  it('a score above its weight', async () => {
    const inds = STANDARD.map((i, k) => (k === 0 ? { ...i, score: 12 } : i));
    const t = await levels(projectTable(inds));
    expect(t.findings.find((f) => f.code === 'SCORE_EXCEEDS_WEIGHT')?.message).toContain('培训场次完成数');
  });
});

describe('header wording varies between provinces', () => {
  it('分值（分）, 得分(分), 全年实际完成值, 年度目标值 are the same columns', async () => {
    const text = projectTable(STANDARD).replace('年度指标值', '年度目标值').replace('实际完成值', '全年实际完成值').replace('\t分值\t得分\t', '\t分值（分）\t得分(分)\t');
    const t = await levels(text);
    expect(t.indicators.map((i) => [i.target, i.actual, i.weight, i.score])).toEqual(STANDARD.map((i) => [i.target, i.actual, i.weight, i.score]));
  });
});

describe('2021+ templates: 成本指标 as a 一级 with its own 二级', () => {
  it('经济成本指标 / 社会成本指标 sit under 一级 成本指标, not under 产出', async () => {
    const text = [
      '项目支出绩效自评表', '（2023年度）', '项目名称\t新模板项目',
      '一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t分值\t得分\t偏差原因分析及改进措施',
      '产出指标\t数量指标\t培训人次\t≥500人次\t520人次\t20\t20\t',
      '\t时效指标\t按时完成率\t100%\t100%\t10\t10\t',
      '成本指标\t经济成本指标\t人均培训成本\t≤200元\t180元\t20\t20\t',
      '\t社会成本指标\t对居民生活影响\t无\t无\t10\t10\t',
      '效益指标\t社会效益指标\t技能提升率\t≥80%\t85%\t20\t20\t',
      '满意度指标\t服务对象满意度指标\t学员满意度\t≥90%\t95%\t20\t20\t',
      '总分\t\t\t\t\t100\t100\t',
    ].join('\n');
    const t = await levels(text);
    expect(t.indicators.map((i) => [i.level1, i.level2])).toEqual([
      ['产出指标', '数量指标'], ['产出指标', '时效指标'], ['成本指标', '经济成本指标'], ['成本指标', '社会成本指标'],
      ['效益指标', '社会效益指标'], ['满意度指标', '服务对象满意度指标'],
    ]);
    expect(t.findings.filter((f) => f.severity !== 'info')).toEqual([]);
  });
});

describe('segmentation', () => {
  it('untitled tables printed back to back after a narrative heading are two tables', async () => {
    const { readFileSync } = await import('node:fs');
    const bytes = readFileSync(new URL('./cases/untitled-back-to-back.txt', import.meta.url));
    const doc = await extractDocument(bytes, { file: 'untitled.txt' });
    expect(doc.tables.map((t) => [t.project, t.indicators.length, t.total.score])).toEqual([['社区养老服务补贴', 4, 99.9], ['助餐点运营', 4, 97]]);
    expect(doc.tables[0]!.funds[0]).toMatchObject({ item: '年度资金总额', initial_budget: 1200000, executed: 1188000, rate: 0.99, score: 9.9 });
    expect(doc.tables[1]!.indicators[0]!.deviation).toBe('疫情停业两周');
    expect(doc.tables.flatMap((t) => t.findings.filter((f) => f.severity !== 'info'))).toEqual([]);
  });
});
