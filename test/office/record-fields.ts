import type { Table } from '../../schemas/record.js';

/**
 * Field-by-field comparison of extracted tables with expected records, counted: every header
 * field the expected record has, every funds value, both goals, every indicator field and the
 * total. Text compares without whitespace (layout, not content), as the PDF golden tests do.
 */
export interface FieldScore { readonly total: number; readonly matched: number; readonly diffs: readonly string[] }

const squash = (v: unknown): string => JSON.stringify(typeof v === 'string' ? v.replace(/\s+/g, '') : v ?? null);

const HEADER = ['kind', 'title', 'year', 'project', 'department', 'implementer', 'unit', 'region', 'start_date', 'end_date', 'level1_weights'] as const;
const FUNDS = ['item', 'initial_budget', 'annual_budget', 'executed', 'weight', 'rate', 'score'] as const;
const INDICATOR = ['level1', 'level2', 'name', 'target', 'actual', 'weight', 'score', 'deviation'] as const;

export function scoreTables(expected: readonly Partial<Table>[], got: readonly Table[]): FieldScore {
  let total = 0;
  let matched = 0;
  const diffs: string[] = [];
  const check = (where: string, want: unknown, have: unknown): void => {
    total++;
    const same = typeof want === 'number' && typeof have === 'number' ? Math.abs(want - have) < 1e-9 : squash(want) === squash(have);
    if (same) matched++;
    else diffs.push(`${where}: got ${JSON.stringify(have ?? null)} want ${JSON.stringify(want ?? null)}`);
  };
  expected.forEach((e, t) => {
    const g = got[t] as Partial<Table> | undefined;
    for (const key of HEADER) if (key in e) check(`t${t + 1}.${key}`, e[key], g?.[key]);
    (e.funds ?? []).forEach((f, k) => { for (const key of FUNDS) check(`t${t + 1}.funds[${k}].${key}`, f[key], g?.funds?.[k]?.[key]); });
    check(`t${t + 1}.goals.expected`, e.goals?.expected, g?.goals?.expected);
    check(`t${t + 1}.goals.actual`, e.goals?.actual, g?.goals?.actual);
    (e.indicators ?? []).forEach((ind, k) => { for (const key of INDICATOR) check(`t${t + 1}.indicators[${k}].${key}`, ind[key], g?.indicators?.[k]?.[key]); });
    check(`t${t + 1}.total.weight`, e.total?.weight, g?.total?.weight);
    check(`t${t + 1}.total.score`, e.total?.score, g?.total?.score);
  });
  if (got.length !== expected.length) { total++; diffs.push(`table count: got ${got.length} want ${expected.length}`); }
  return { total, matched, diffs };
}
