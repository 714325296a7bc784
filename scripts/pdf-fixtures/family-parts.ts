import type { ExpectedRealTable } from '../real/expected-record.js';
import type { DBlock, DCell, DRow, DSheet } from './drawn-sheet.js';

/** The pieces every family case is built from: a case, its records, and the cells that print them. */
export interface FamilyCase {
  readonly name: string;
  readonly description: string;
  readonly families: readonly string[];
  readonly sheet: DSheet;
  readonly tables: readonly ExpectedRealTable[];
}

export type Ind = ExpectedRealTable['indicators'][number];
export type Funds = ExpectedRealTable['funds'][number];

export const ind = (level1: Ind['level1'], level2: string | null, name: string, target: string | null, extra: Partial<Ind> = {}): Ind =>
  ({ level1, level2, name, target, actual: null, weight: null, score: null, deviation: null, ...extra });
export const fund = (item: string, initial: number | null, more: Partial<Funds> = {}): Funds =>
  ({ item, initial_budget: initial, annual_budget: null, executed: null, weight: null, rate: null, score: null, ...more });
export const record = (t: Partial<ExpectedRealTable> & Pick<ExpectedRealTable, 'title' | 'indicators'>): ExpectedRealTable => ({
  layout: t.kind === 'project_self_eval' ? 'self-evaluation' : 'declaration',
  kind: 'target_declaration', year: null, project: null, department: null, implementer: null, unit: '万元', funds: [],
  goals: { expected: null, actual: null }, total: { weight: null, score: null }, consistent: true, pages: [1], ...t,
});

/** 万元 printed with `places` decimals → 元, exactly (amounts here have at most 2 decimals). */
export const wan = (yuan: number, places = 2): string => (yuan / 10000).toFixed(places);
export const grouped = (s: string): string => s.replace(/^(\d+)(?=(\d{3})+(\.|$))/, (m) => m.replace(/\B(?=(\d{3})+$)/g, ','));

export const row = (...cells: DCell[]): DRow => ({ cells });
export const c = (col: number, text: string, opts: Omit<DCell, 'col' | 'text'> = {}): DCell => ({ col, text, ...opts });
export const line = (text: string, size?: number, align?: 'left' | 'center' | 'right'): DBlock => ({ kind: 'line', text, size, align });


/** One row of a self-evaluation (决算) indicator grid. */
export interface EvalInd { readonly l1: NonNullable<Ind['level1']>; readonly l2: string; readonly name: string; readonly target: string; readonly actual: string; readonly weight: number; readonly score: number }
