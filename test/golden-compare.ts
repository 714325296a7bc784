import { expect } from 'vitest';
import type { FundsRow, Indicator } from '../schemas/record.js';

/** Shared field-by-field comparisons of the golden tests (text seeds and PDF fixtures). */

export const INDICATOR_FIELDS = ['level1', 'level2', 'name', 'target', 'actual', 'weight', 'score', 'deviation'] as const;

/** One line per indicator that differs, naming every differing field: a readable failure. */
export function indicatorDiffs(expected: readonly Partial<Indicator>[], got: readonly Indicator[]) {
  return expected.map((e, k) => {
    const g = got[k];
    return {
      k,
      name: e.name,
      diffs: g ? INDICATOR_FIELDS.filter((f) => JSON.stringify(g[f] ?? null) !== JSON.stringify(e[f] ?? null)).map((f) => `${f}: got ${JSON.stringify(g[f])} want ${JSON.stringify(e[f])}`) : ['missing'],
    };
  }).filter((r) => r.diffs.length > 0);
}

/** Each funds row's fields; the rate is a fraction, compared to 10 decimals. */
export function expectFundsFields(expected: readonly FundsRow[], got: readonly FundsRow[], keys: readonly (keyof FundsRow & string)[]): void {
  expected.forEach((f, k) => {
    const row = got[k]!;
    for (const key of keys) {
      if (key === 'rate' && f.rate !== null && row.rate !== null) expect(row.rate, `funds[${k}].rate`).toBeCloseTo(f.rate, 10);
      else expect(row[key], `funds[${k}].${key}`).toEqual(f[key]);
    }
  });
}
