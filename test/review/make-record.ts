import type { Document, FundsRow, Indicator, Table } from '../../schemas/record.js';

/** Small records built by hand for the review tests: every value chosen here, nothing extracted. */
export const indicator = (name: string, over: Partial<Indicator> = {}): Indicator => ({
  level1: '产出指标', level2: '数量指标', name, target: '≥90%', actual: '95%', weight: 10, score: 10, deviation: null,
  source: { file: 'a.txt', line: 10, column: 3 }, ...over,
});

export const fundsRow = (item: string, over: Partial<FundsRow> = {}): FundsRow => ({
  item, initial_budget: 100000, annual_budget: 100000, executed: 90000, weight: 10, rate: 0.9, score: 9,
  source: { file: 'a.txt', line: 5, column: 1 }, ...over,
});

export const table = (project: string, over: Partial<Table> = {}): Table => ({
  kind: 'project_self_eval', title: '项目支出绩效自评表', year: 2023, project, department: '某局', implementer: '某中心',
  unit: '元', funds: [fundsRow('年度资金总额')], goals: { expected: '目标', actual: '完成' },
  indicators: [indicator('培训人数'), indicator('合格率'), indicator('满意度')],
  total: { weight: 100, score: 95 }, findings: [], source: { file: 'a.txt', line: 1, column: 1 }, ...over,
});

export const document = (file: string, sha256: string, tables: Table[]): Document => ({
  file, sha256, format: 'text', encoding: 'utf-8', tables, errors: [],
});
