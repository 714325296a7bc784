/**
 * Perturbations that move cells and rows around without changing what they mean: rows shifted
 * sideways, empty cells doubled or dropped, page breaks inside the indicator block. Each takes
 * the grid rows and returns new ones (the input is not modified).
 */
import type { Rng } from './prng.js';
import { type GridRow, rawRow } from './grid.js';

const leadingEmpty = (cells: readonly string[]): number => {
  let n = 0;
  while (n < cells.length && cells[n] === '') n++;
  return n;
};

/** Some shiftable rows printed 1–2 cells to the right, or to the left when they start with empties. */
export function shiftRows(rng: Rng, rows: readonly GridRow[]): GridRow[] {
  const eligible = rows.map((r, i) => (r.shiftable ? i : -1)).filter((i) => i >= 0);
  if (eligible.length === 0) return [...rows];
  const chosen = new Set([rng.pick(eligible), ...eligible.filter(() => rng.chance(0.15))]);
  return rows.map((row, i) => {
    if (!chosen.has(i)) return row;
    const by = rng.int(1, 2);
    if (leadingEmpty(row.cells) >= by && rng.chance(0.5)) return { ...row, cells: row.cells.slice(by) };
    return { ...row, cells: [...Array<string>(by).fill(''), ...row.cells] };
  });
}

const insertAt = (cells: readonly string[], at: number): string[] => [...cells.slice(0, at), '', ...cells.slice(at)];

/**
 * Empty cells doubled: after a header field's label, a whole extra empty column in the funds
 * block, or one after the name in every indicator row (as some exports print them).
 */
export function doubleEmptyCells(rng: Rng, rows: readonly GridRow[], nameColumn: number): GridRow[] {
  const variants = rng.shuffle(['header', 'funds', 'indicators'] as const).slice(0, rng.int(1, 3));
  return rows.map((row) => {
    if (variants.includes('header') && row.role === 'header' && row.cells.length > 1) return { ...row, cells: insertAt(row.cells, 1) };
    if (variants.includes('funds') && row.block === 'funds') return { ...row, cells: insertAt(row.cells, 1) };
    if (variants.includes('indicators') && row.role === 'indicator') return { ...row, cells: insertAt(row.cells, nameColumn + 1) };
    return row;
  });
}

/** Index of one empty cell lying between two non-empty ones, or -1. */
function interiorEmpty(rng: Rng, cells: readonly string[]): number {
  const first = cells.findIndex((c) => c !== '');
  let last = cells.length - 1;
  while (last >= 0 && cells[last] === '') last--;
  const candidates: number[] = [];
  for (let i = first + 1; i < last; i++) if (cells[i] === '') candidates.push(i);
  return candidates.length > 0 ? rng.pick(candidates) : -1;
}

/**
 * Empty cells dropped: one gap inside header, funds-header and goals rows, and the leading empty
 * cell of an indicator header that does not carry the outer label (the header then starts one
 * column left of its data rows, as in some seeds).
 */
export function dropEmptyCells(rng: Rng, rows: readonly GridRow[]): GridRow[] {
  const roles = new Set(['header', 'funds_header', 'goals_label', 'goals']);
  const eligible = rows.map((r, i) => {
    if (r.role === 'indicator_header' && r.cells[0] === '') return i;
    return roles.has(r.role) && interiorEmpty(rng.fork(`probe-${i}`), r.cells) >= 0 ? i : -1;
  }).filter((i) => i >= 0);
  if (eligible.length === 0) return [...rows];
  const chosen = new Set([rng.pick(eligible), ...eligible.filter(() => rng.chance(0.5))]);
  return rows.map((row, i) => {
    if (!chosen.has(i)) return row;
    const at = row.role === 'indicator_header' ? 0 : interiorEmpty(rng, row.cells);
    return { ...row, cells: [...row.cells.slice(0, at), ...row.cells.slice(at + 1)] };
  });
}

/** A page break between two indicator rows: blank lines and page furniture. */
export function pageBreak(rng: Rng, rows: readonly GridRow[]): GridRow[] {
  const indicatorRows = rows.map((r, i) => (r.role === 'indicator' ? i : -1)).filter((i) => i >= 0);
  if (indicatorRows.length < 2) return [...rows];
  const at = rng.pick(indicatorRows.slice(1));
  const pages = rng.int(2, 5);
  const page = rng.int(1, pages - 1);
  const furniture = rng.pick([['', ''], ['', `第 ${page} 页 共 ${pages} 页`, ''], [`- ${page} -`, ''], ['']]);
  return [...rows.slice(0, at), rawRow(furniture), ...rows.slice(at)];
}
