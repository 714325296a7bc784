/**
 * The layout-text measure itself (scripts/layout-text/score-cases.ts) on documents built by hand
 * from a case's expected records: a perfect reading scores 100 %, and each kind of error the
 * reader can make moves exactly the number it should.
 */
import { describe, expect, it } from 'vitest';
import type { Document, Finding, Table } from '../schemas/record.js';
import { layoutTextCases } from '../scripts/layout-text/cases.js';
import { expectedForCase, type LayoutExpected, type LayoutExpectedTable } from '../scripts/layout-text/expected-case.js';
import { scoreCase } from '../scripts/layout-text/score-cases.js';

const finding = (code: string, severity: Finding['severity'] = 'warning'): Finding => ({ code, severity, message: code, source: null });

/** The table a perfect reader returns: every expected value, the planted findings and nothing else. */
function perfectTable(e: LayoutExpectedTable): Table {
  return {
    kind: e.kind, title: e.title, year: e.year, project: e.project, department: e.department, implementer: e.implementer,
    ...(e.region !== undefined ? { region: e.region } : {}), unit: e.unit,
    funds: (e.funds ?? []).map((f) => ({ ...f })),
    goals: { ...e.goals },
    indicators: e.indicators.map((i) => ({
      level1: i.level1, level2: i.level2, name: i.name, target: i.target, actual: i.actual, weight: i.weight, score: i.score, deviation: i.deviation,
      target_parsed: i.target_parsed ?? null, actual_parsed: i.actual_parsed ?? null,
    })),
    total: { ...e.total },
    ...(e.level1_weights ? { level1_weights: { ...e.level1_weights } } : {}),
    findings: e.findings.required.map((c) => finding(c)),
  } as unknown as Table;
}

const documentOf = (expected: LayoutExpected, tables: Table[]): Document =>
  ({ file: 'x.txt', sha256: '', format: 'text', encoding: expected.encoding, tables, errors: [], findings: [] }) as unknown as Document;

// a case with a planted table and a consistent one
const c = layoutTextCases().find((x) => x.tables.length === 2 && x.tables[0]!.injections.length > 0 && x.tables[1]!.injections.length === 0)!;
const expected = expectedForCase(c);

describe('layout-text measure', () => {
  it('a perfect reading: 100 % of fields, every planted error found, no false warning', () => {
    const r = scoreCase(c.name, expected, documentOf(expected, expected.tables.map(perfectTable)));
    expect(r.fields.total).toBeGreaterThan(50);
    expect(r.fields.correct).toBe(r.fields.total);
    expect(r.planted.length).toBeGreaterThan(0);
    expect(r.planted.every((p) => p.found)).toBe(true);
    expect(r.falseWarnings).toEqual([]);
    expect(r.consistentTables).toBe(1);
  });

  it('one wrong weight costs exactly one field', () => {
    const tables = expected.tables.map(perfectTable);
    const ind = tables[0]!.indicators[0]!;
    tables[0]!.indicators[0] = { ...ind, weight: (ind.weight ?? 0) + 1 };
    const r = scoreCase(c.name, expected, documentOf(expected, tables));
    expect(r.fields.total - r.fields.correct).toBe(1);
  });

  it('a missed planted error is counted missed; an info note on a consistent table is not a false warning, a warning is', () => {
    const tables = expected.tables.map(perfectTable);
    tables[0] = { ...tables[0]!, findings: [] };
    tables[1] = { ...tables[1]!, findings: [finding('GLYPHS_FOLDED', 'info'), finding('SCORE_SUM_MISMATCH')] };
    const r = scoreCase(c.name, expected, documentOf(expected, tables));
    expect(r.planted.filter((p) => !p.found).length).toBe(r.planted.length);
    expect(r.falseWarnings.map((w) => [w.table, w.code])).toEqual([[1, 'SCORE_SUM_MISMATCH']]);
  });

  it('a table not found costs its fields (having no findings, it adds no warning)', () => {
    const r = scoreCase(c.name, expected, documentOf(expected, [perfectTable(expected.tables[0]!)]));
    expect(r.fields.correct).toBeLessThan(r.fields.total);
    expect(r.falseWarnings).toEqual([]);
  });
});
