import { describe, expect, it } from 'vitest';
import type { Document, Table } from '../schemas/record.js';
import type { ExpectedRealFile, ExpectedRealTable } from '../scripts/real/expected-record.js';
import { scoreReal, textKey } from '../scripts/real/score-real.js';

/** The scorer behind `npm run real`, on made-up records: every kind of difference must count. */
const indicator = (name: string, target: string | null) => ({ level1: '产出指标' as const, level2: '数量指标', name, target, actual: null, weight: null, score: null, deviation: null });

const expectedTable: ExpectedRealTable = {
  layout: 'transfer target', kind: 'target_declaration', title: '预算14表专项转移支付绩效目标表', year: 2026, project: '普惠金融发展专项资金',
  department: '北京市财政局', implementer: null, unit: '万元',
  funds: [{ item: '年度金额', initial_budget: 56120000, annual_budget: null, executed: null, weight: null, rate: null, score: null }],
  goals: { expected: '支持重点群体融资发展。', actual: null },
  indicators: [indicator('创业担保贷款回收率', '≥90%'), indicator('担保基金放大倍数', '≥2倍')],
  total: { weight: null, score: null }, consistent: true, pages: [1],
};
const expected: ExpectedRealFile = { file: 'x.pdf', sha256: '0'.repeat(64), checked: 'made up for the scorer test', families: [], tables: [expectedTable] };

const actualTable = (over: Partial<Table> = {}): Table => ({
  kind: 'target_declaration', title: '预算14表 专项转移支付绩效目标表', year: 2026, project: '普惠金融发展专项资金', department: '北京市财政局', implementer: null,
  unit: '万元', funds: [{ item: '年度金额', initial_budget: 56120000, annual_budget: null, executed: null, weight: null, rate: null, score: null }],
  goals: { expected: '支持重点群体融资发展。', actual: null },
  indicators: [indicator('创业担保贷款回收率', '≥90%'), indicator('担保基金放大倍数', '≥2倍')],
  total: { weight: null, score: null }, findings: [], source: { file: 'x.pdf', line: null, column: null }, ...over,
});
const doc = (tables: Table[]): Document => ({ file: 'x.pdf', sha256: '0'.repeat(64), format: 'pdf', encoding: null, tables, errors: [] });

describe('scoreReal', () => {
  it('scores a perfect extraction 100 %, whitespace and full-width forms aside', () => {
    const s = scoreReal(expected, doc([actualTable({ goals: { expected: '支持重点群体 融资发展。', actual: null } })]));
    expect(s.misses).toEqual([]);
    expect(s.correct).toBe(s.total);
    expect(s.falseWarnings).toEqual([]);
    expect(s.pooled.correct).toBe(s.pooled.total);
    expect(textKey('≥９０％ ')).toBe('≥90%');
  });

  it('counts a wrong field, a lost funds row and a missing indicator', () => {
    const s = scoreReal(expected, doc([actualTable({ department: null, funds: [], indicators: [indicator('创业担保贷款回收率', '90%')] })]));
    const fields = s.misses.map((m) => m.field);
    expect(fields).toContain('table.department');
    expect(fields).toContain('funds.initial_budget');
    expect(fields).toContain('indicator.target');
    expect(fields.filter((f) => f === 'indicator.name')).toHaveLength(1);
    expect(s.correct).toBeLessThan(s.total);
    expect(s.byLayout['transfer target']!.total).toBeGreaterThan(0);
  });

  it('pairs an indicator whose name only gained a prefix, and still counts the name wrong', () => {
    const s = scoreReal(expected, doc([actualTable({ indicators: [indicator('指标1：创业担保贷款回收率', '≥90%'), indicator('指标2：担保基金放大倍数', '≥2倍')] })]));
    expect(s.misses.map((m) => m.field)).toEqual(['indicator.name', 'indicator.name']);
  });

  it('counts warnings on consistent tables and on tables nobody printed, and spurious tables', () => {
    const warn = { code: 'WEIGHT_SUM_MISMATCH', severity: 'warning' as const, message: 'm', source: null };
    const info = { code: 'GLYPHS_FOLDED', severity: 'info' as const, message: 'm', source: null };
    const s = scoreReal(expected, doc([actualTable({ findings: [warn, info] }), actualTable({ project: '另一个', findings: [warn] })]));
    expect(s.falseWarnings.map((w) => w.table)).toEqual([0, null]);
    expect(s.spuriousTables).toBe(1);
    expect(s.misses.map((m) => m.field)).toContain('document.tables');
  });

  it('gives an expected table nobody extracted no credit beyond the document fields', () => {
    const s = scoreReal(expected, doc([]));
    expect(s.correct, 'only document.errors (none, as expected) is right').toBe(1);
    expect(s.pooled.correct).toBe(0);
  });
});
