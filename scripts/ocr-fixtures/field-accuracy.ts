import type { Table } from '../../schemas/record.js';

/**
 * Field accuracy of extracted tables against expected records (OCR test and bench): every header field the
 * expected record states, every funds cell, every indicator field, the total. A missing
 * table or row counts all its fields wrong. Whitespace is layout, not content.
 */
export interface FieldScore { readonly right: number; readonly total: number; readonly wrong: readonly string[] }

/** the indicator fields the golden tests compare (test/golden-compare.ts; that file needs vitest, the bench must not) */
const INDICATOR_FIELDS = ['level1', 'level2', 'name', 'target', 'actual', 'weight', 'score', 'deviation'] as const;
const HEADER = ['title', 'year', 'project', 'department', 'implementer', 'unit', 'region'] as const;
const FUNDS = ['item', 'initial_budget', 'annual_budget', 'executed', 'weight', 'rate', 'score'] as const;

const same = (a: unknown, b: unknown): boolean => {
  if (typeof a === 'number' && typeof b === 'number') return Math.abs(a - b) < 1e-9;
  const s = (x: unknown) => JSON.stringify(x ?? null).replace(/\s+/g, '');
  return s(a) === s(b);
};

export function fieldScore(expected: readonly Partial<Table>[], got: readonly Table[]): FieldScore {
  let right = 0, total = 0;
  const wrong: string[] = [];
  const check = (where: string, want: unknown, have: unknown) => {
    total++;
    if (same(want, have)) right++;
    else wrong.push(`${where}: got ${JSON.stringify(have)} want ${JSON.stringify(want)}`);
  };
  expected.forEach((e, t) => {
    const g = got[t] as Partial<Table> | undefined;
    for (const k of HEADER) if (k in e) check(`t${t + 1}.${k}`, e[k], g?.[k]);
    (e.funds ?? []).forEach((f, r) => { for (const k of FUNDS) check(`t${t + 1}.funds[${r}].${k}`, f[k], g?.funds?.[r]?.[k]); });
    (e.indicators ?? []).forEach((ind, r) => { for (const k of INDICATOR_FIELDS) check(`t${t + 1}.ind[${r}] ${ind.name}.${k}`, ind[k] ?? null, g?.indicators?.[r]?.[k] ?? null); });
    if (e.total) { check(`t${t + 1}.total.weight`, e.total.weight, g?.total?.weight); check(`t${t + 1}.total.score`, e.total.score, g?.total?.score); }
  });
  return { right, total, wrong };
}
