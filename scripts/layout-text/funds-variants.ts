/**
 * Funds rows that print fewer amounts than there are columns: the 年初预算数 column left blank
 * on every row (offices that only budget during the year). Applied to the spec, so the printed
 * cell and the expected value (null) change together.
 */
import type { FundsRowSpec, TableSpec } from '../generate/table-spec.js';

const BLANK = { printed: '', value: null } as const;

export function blankInitialBudget(spec: TableSpec): TableSpec {
  if (spec.kind !== 'project_self_eval') return spec;
  const funds: FundsRowSpec[] = spec.funds.map((f) => ({ ...f, initial_budget: BLANK }));
  return { ...spec, funds };
}
