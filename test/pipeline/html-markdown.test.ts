import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../pipeline/extract-document.js';
import { readHtml } from '../../extractors/html/read-html.js';
import { rowsFromGrid } from '../../extractors/grid-rows.js';

const load = (name: string) => readFileSync(new URL(`./cases/${name}`, import.meta.url));

describe('HTML tables (MinerU, Docling, Excel "save as web page")', () => {
  it('rowspan/colspan become grid spans: a merged cell appears once, on its first row', () => {
    const rows = rowsFromGrid(readHtml(load('html-rowspan.html').toString('utf8')));
    const first = rows.find((r) => r.cells.some((c) => c.text === '微更新点位'))!;
    expect(first.cells.map((c) => [c.index, c.text, c.rowSpan])).toEqual([
      [0, '产出指标', 4], [1, '数量指标', 2], [2, '微更新点位', 1], [3, '6个', 1], [4, '6个', 1], [5, '15', 1], [6, '15', 1], [7, '', 1],
    ]);
    const next = rows[rows.indexOf(first) + 1]!;
    expect(next.cells[0]).toMatchObject({ index: 2, text: '验收合格率' });
    expect(rows.find((r) => r.text.includes('设计方案'))!.cells.find((c) => c.index === 2)!.text).toBe('设计方案 评审');
  });

  it('a merged 二级 cell decides its rows even against their wording', async () => {
    const doc = await extractDocument(load('html-rowspan.html'), { file: 't.html' });
    const t = doc.tables[0]!;
    expect([t.title, t.year, t.project, t.department, t.implementer, t.unit]).toEqual(['财政项目支出绩效自评表', 2023, '社区微更新', '某区规划资源局', '某街道办事处', '万元']);
    expect(t.indicators.map((i) => [i.name, i.level1, i.level2])).toEqual([
      ['微更新点位', '产出指标', '数量指标'], ['验收合格率', '产出指标', '数量指标'], ['设计方案评审', '产出指标', '质量指标'],
      ['按期完工率', '产出指标', '时效指标'], ['居民满意度提升', '效益指标', '社会效益指标'], ['长效管护机制', '效益指标', '可持续影响指标'],
      ['居民满意度', '满意度指标', '服务对象满意度指标'],
    ]);
    expect(t.indicators[3]!.deviation).toBe('雨季延误');
    expect(t.funds[0]).toMatchObject({ initial_budget: 800000, executed: 720000, rate: 0.9, score: 9 });
    expect(t.findings.filter((f) => f.severity !== 'info')).toEqual([]);
    // places point into the HTML source
    expect(t.indicators[0]!.source?.line).toBe(10);
  });
});

describe('Markdown tables with merged labels repeated on every row', () => {
  it('reads the hierarchy, funds and title (heading marks dropped)', async () => {
    const doc = await extractDocument(load('markdown-repeated-labels.md'), { file: 't.md' });
    const t = doc.tables[0]!;
    expect(t.title).toBe('财政项目支出绩效自评表');
    expect(t.indicators.map((i) => i.level2)).toEqual(['数量指标', '质量指标', '时效指标', '社会效益指标', '服务对象满意度指标']);
    expect(t.funds[0]).toMatchObject({ item: '年度资金总额', initial_budget: 3000000, annual_budget: 2800000, executed: 2660000, rate: 0.95 });
    expect(t.total).toEqual({ weight: 100, score: 97.5 });
    expect(t.findings.filter((f) => f.severity !== 'info')).toEqual([]);
  });
});
