import { readFileSync, readdirSync, existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractDocument } from '../pipeline/extract-document.js';
import type { Table } from '../schemas/record.js';
import { expectFundsFields, indicatorDiffs } from './golden-compare.js';

/**
 * Golden tests: each fixtures/seeds/<case>/expected.json was written by a person reading the
 * source text (see REVIEW.md next to it). `UPDATE=1` rewrites them from the extractor's output —
 * only on purpose, and the diff must be reviewed by a human before committing.
 */
const FIXTURES = join(import.meta.dirname, '..', 'fixtures');
// seeds: the real text; pdftotext: `pdftotext -layout` of the seed PDFs (fixtures/pdf), held to
// the same hand-checked truth.
const SUITES = ['seeds', 'pdftotext'];
const CHECK_CODES = ['WEIGHT_SUM_MISMATCH', 'SCORE_SUM_MISMATCH', 'EXECUTION_RATE_MISMATCH', 'FUNDS_SCORE_MISMATCH', 'SCORE_EXCEEDS_WEIGHT', 'FUNDS_PARTS_MISMATCH', 'LEVEL1_WEIGHT_MISMATCH'];
const squash = (s: string | null | undefined) => (s == null ? null : s.replace(/\s+/g, ''));

const cases = SUITES.flatMap((suite) => {
  const root = join(FIXTURES, suite);
  return existsSync(root) ? readdirSync(root).filter((d) => existsSync(join(root, d, 'expected.json'))).map((d) => `${suite}/${d}`) : [];
});

describe.each(cases)('%s', (name) => {
  const dir = join(FIXTURES, name);
  const expected = JSON.parse(readFileSync(join(dir, 'expected.json'), 'utf8')) as { tables: (Partial<Table> & { expected_findings?: string[] })[] };
  const docPromise = extractDocument(readFileSync(join(dir, 'input.txt')), { file: `fixtures/${name}/input.txt` });

  if (process.env.UPDATE === '1') {
    it('updates expected.json (review the diff!)', async () => {
      const doc = await docPromise;
      const tables = doc.tables.map((t) => ({ ...t, expected_findings: [...new Set(t.findings.filter((f) => CHECK_CODES.includes(f.code)).map((f) => f.code))] }));
      writeFileSync(join(dir, 'expected.json'), JSON.stringify({ tables }, null, 2) + '\n');
    });
    return;
  }

  it('finds every table', async () => {
    const doc = await docPromise;
    expect(doc.errors).toEqual([]);
    expect(doc.tables.map((t) => t.kind)).toEqual(expected.tables.map((t) => t.kind));
  });

  expected.tables.forEach((exp, ti) => {
    describe(`table ${ti + 1}: ${exp.project ?? exp.department ?? exp.title}`, () => {
      it('header fields', async () => {
        const t = (await docPromise).tables[ti]!;
        for (const key of ['year', 'project', 'department', 'implementer', 'unit', 'region', 'period', 'start_date', 'end_date'] as const) {
          if (key in exp) expect(t[key] ?? null, key).toEqual(exp[key] ?? null);
        }
      });
      it('funds', async () => {
        const t = (await docPromise).tables[ti]!;
        expect(t.funds.length, 'funds rows').toBe(exp.funds?.length ?? 0);
        expectFundsFields(exp.funds ?? [], t.funds, ['item', 'initial_budget', 'annual_budget', 'executed', 'weight', 'rate', 'score']);
      });
      it('goals', async () => {
        const t = (await docPromise).tables[ti]!;
        expect(squash(t.goals.expected), 'goals.expected').toEqual(squash(exp.goals?.expected));
        expect(squash(t.goals.actual), 'goals.actual').toEqual(squash(exp.goals?.actual));
      });
      it('indicators, field by field', async () => {
        const t = (await docPromise).tables[ti]!;
        const rows = indicatorDiffs(exp.indicators ?? [], t.indicators);
        expect(rows, 'indicator differences').toEqual([]);
        expect(t.indicators.length, 'indicator count').toBe(exp.indicators?.length ?? 0);
      });
      it('一级权重 (department tables)', async () => {
        const t = (await docPromise).tables[ti]!;
        if (exp.level1_weights) expect(t.level1_weights).toEqual(exp.level1_weights);
      });
      it('total and arithmetic findings', async () => {
        const t = (await docPromise).tables[ti]!;
        expect(t.total).toEqual(exp.total);
        const got = [...new Set(t.findings.filter((f) => CHECK_CODES.includes(f.code)).map((f) => f.code))].sort();
        expect(got).toEqual([...(exp.expected_findings ?? [])].filter((c) => CHECK_CODES.includes(c)).sort());
      });
    });
  });
});
