import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Table } from '../../schemas/record.js';

/** The records a fixture sheet prints, from the seeds' hand-checked expected.json and the specs (never extractor output). */
const SEEDS = join(repoRoot(), 'fixtures', 'seeds');

/** The repository root, from the sources (vitest) or from dist/ (the fixture scripts). */
export function repoRoot(): string {
  let dir = import.meta.dirname;
  while (!existsSync(join(dir, 'package.json')) && dirname(dir) !== dir) dir = dirname(dir);
  return dir;
}

export type SeedTable = Table & { expected_findings?: string[] };

export function seedTables(name: string): SeedTable[] {
  const doc = JSON.parse(readFileSync(join(SEEDS, name, 'expected.json'), 'utf8')) as { tables: SeedTable[] };
  return doc.tables;
}

/** The record fields a golden test compares (what the sheet prints). */
export function expectedRecord(t: SeedTable, extraFindings: readonly string[]) {
  const keep = ['kind', 'title', 'year', 'project', 'department', 'implementer', 'region', 'unit', 'period', 'start_date', 'end_date', 'level1_weights'] as const;
  const head = Object.fromEntries(keep.filter((k) => k in t && t[k] !== undefined).map((k) => [k, t[k]]));
  return {
    ...head,
    funds: t.funds.map(({ item, initial_budget, annual_budget, executed, weight, rate, score }) => ({ item, initial_budget, annual_budget, executed, weight, rate, score })),
    goals: t.goals,
    indicators: t.indicators.map(({ level1, level2, name, target, actual, weight, score, deviation }) => ({ level1, level2, name, target, actual, weight, score, deviation })),
    total: t.total,
    expected_findings: [...new Set([...(t.expected_findings ?? []), ...extraFindings])],
  };
}

