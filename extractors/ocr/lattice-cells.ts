import { meets, type Rule } from './ruling-lines.js';

/** A cell of a ruled table: lattice position and span, and its pixel rectangle on the upright page. */
export interface LatticeCell {
  readonly row: number;
  readonly col: number;
  readonly rowSpan: number;
  readonly colSpan: number;
  readonly box: readonly [number, number, number, number];
}

/** A ruled table: its lattice (rule positions) and cells. */
export interface LatticeTable {
  readonly xs: readonly number[];
  readonly ys: readonly number[];
  readonly cells: readonly LatticeCell[];
}

/**
 * Ruled tables of a page: rules that meet form one table; its lattice lines are the distinct
 * rule positions; two neighbouring lattice cells are one cell where the rule between them is
 * not drawn (a merged cell), and merged cells are closed into rectangles.
 */
export function latticeTables(rules: readonly Rule[], unit: number): LatticeTable[] {
  const tol = Math.max(3, unit * 0.35);
  return connectedGroups(rules, tol).map((group) => tableOf(group, unit)).filter((t): t is LatticeTable => t !== null)
    .sort((a, b) => a.ys[0]! - b.ys[0]!);
}

function connectedGroups(rules: readonly Rule[], tol: number): Rule[][] {
  const parent = rules.map((_, k) => k);
  const find = (k: number): number => (parent[k] === k ? k : (parent[k] = find(parent[k]!)));
  rules.forEach((a, i) => rules.forEach((b, j) => {
    if (i < j && a.kind !== b.kind && meets(a.kind === 'h' ? a : b, a.kind === 'h' ? b : a, tol)) parent[find(i)] = find(j);
  }));
  const groups = new Map<number, Rule[]>();
  rules.forEach((r, k) => { const g = find(k); groups.set(g, [...(groups.get(g) ?? []), r]); });
  return [...groups.values()];
}

/** Positions within `near` of each other are one lattice line (their mean). */
function positions(values: number[], near: number): number[] {
  const sorted = [...values].sort((a, b) => a - b);
  const out: number[][] = [];
  for (const v of sorted) {
    const last = out[out.length - 1];
    if (last && v - last[last.length - 1]! <= near) last.push(v);
    else out.push([v]);
  }
  return out.map((g) => g.reduce((s, x) => s + x, 0) / g.length);
}

function tableOf(group: readonly Rule[], unit: number): LatticeTable | null {
  const near = Math.max(3, unit * 0.35);
  const hs = group.filter((r) => r.kind === 'h'), vs = group.filter((r) => r.kind === 'v');
  const ys = positions(hs.map((r) => r.at), near), xs = positions(vs.map((r) => r.at), near);
  if (ys.length < 2 || xs.length < 2) return null;
  // a table's columns hold text: a lattice of slivers is the strokes of a bold title
  const widths = xs.slice(1).map((x, k) => x - xs[k]!).sort((a, b) => a - b);
  if (widths[Math.floor(widths.length / 2)]! < unit) return null;
  const rows = ys.length - 1, cols = xs.length - 1;
  /** is the segment [a, b] of lattice line `pos` covered (half of it at least) by a drawn rule? */
  const drawn = (rules: readonly Rule[], pos: number, a: number, b: number) =>
    rules.some((r) => Math.abs(r.at - pos) <= near && Math.min(r.to, b) - Math.max(r.from, a) >= (b - a) * 0.5);
  const parent = Array.from({ length: rows * cols }, (_, k) => k);
  const find = (k: number): number => (parent[k] === k ? k : (parent[k] = find(parent[k]!)));
  const join = (a: number, b: number) => { parent[find(a)] = find(b); };
  for (let r = 0; r < rows; r++) {
    for (let c = 0; c < cols; c++) {
      if (c + 1 < cols && !drawn(vs, xs[c + 1]!, ys[r]!, ys[r + 1]!)) join(r * cols + c, r * cols + c + 1);
      if (r + 1 < rows && !drawn(hs, ys[r + 1]!, xs[c]!, xs[c + 1]!)) join(r * cols + c, (r + 1) * cols + c);
    }
  }
  // a merged region that is not a rectangle (a rule drawn only part way) takes its bounding rectangle
  for (let changed = true; changed;) {
    changed = false;
    const rect = new Map<number, [number, number, number, number]>();
    for (let k = 0; k < rows * cols; k++) {
      const g = find(k), r = Math.floor(k / cols), c = k % cols;
      const b = rect.get(g);
      if (!b) rect.set(g, [r, c, r, c]);
      else { b[0] = Math.min(b[0], r); b[1] = Math.min(b[1], c); b[2] = Math.max(b[2], r); b[3] = Math.max(b[3], c); }
    }
    for (const [g, [r0, c0, r1, c1]] of rect) {
      for (let r = r0; r <= r1; r++) for (let c = c0; c <= c1; c++) {
        if (find(r * cols + c) !== find(g)) { join(r * cols + c, g); changed = true; }
      }
    }
  }
  const cells: LatticeCell[] = [];
  const emitted = new Set<number>();
  for (let r = 0; r < rows; r++) {
    for (let c = 0; c < cols; c++) {
      const g = find(r * cols + c);
      if (emitted.has(g)) continue;
      emitted.add(g);
      let r1 = r, c1 = c;
      while (r1 + 1 < rows && find((r1 + 1) * cols + c) === g) r1++;
      while (c1 + 1 < cols && find(r * cols + c1 + 1) === g) c1++;
      cells.push({ row: r, col: c, rowSpan: r1 - r + 1, colSpan: c1 - c + 1, box: [xs[c]!, ys[r]!, xs[c1 + 1]!, ys[r1 + 1]!] });
    }
  }
  return { xs, ys, cells };
}
