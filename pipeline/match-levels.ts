import type { Level1 } from '../schemas/record.js';
import { LEVEL2_DEFS } from './labels.js';
import { nameEvidence } from './name-evidence.js';
import type { PrintedLabel } from './indicator-rows.js';

/** A 二级 group the rows can be assigned to, in printing order. */
interface Group {
  readonly name: string;
  readonly parent: Level1;
}

/** The evidence about one indicator row's level. */
export interface LevelInput {
  readonly name: string;
  /** labels printed in the row itself */
  readonly own: readonly PrintedLabel[];
  /** labels printed in label-only rows just before this row */
  readonly before: readonly PrintedLabel[];
  /** 二级/一级 labels whose merged cell (rowSpan) covers this row — exact evidence from PDF grids */
  readonly spanned: readonly PrintedLabel[];
}

export interface LevelDecision {
  readonly level1: Level1 | null;
  readonly level2: string | null;
  readonly evidence: string;
  /** a printed label on the row disagrees with the decision */
  readonly conflict: string | null;
}

type Convention = 'first' | 'middle' | 'last';

/**
 * Scores in hundredths of a point and label offsets in hundredths of a row: every score is then a
 * multiple of ½ and sums of them are exact, so equal segmentations tie exactly (the earliest
 * wins) instead of by floating-point rounding — which a faster search could not reproduce.
 */
const W = { ownLabel: 200, otherLabel: -100, level1: 100, otherLevel1: -50, span: 1000, otherSpan: -1000, unprinted: -120, offset: 0.5, offsetCap: 400, skipPrinted: 300, evidence: 100 };

const groupOfLabel = (l: PrintedLabel): string | null => (l.kind === 'level2' ? l.def.name : l.kind === 'free_level2' ? l.name : null);

/**
 * Decide every row's 一级/二级 at once: groups are contiguous and printed in a known order, so
 * the answer is the best-scoring segmentation of the rows into ordered groups (dynamic
 * programming over segments). A row scores its fit to a group from labels printed on it, merged
 * spans covering it and its own wording; a segment scores how far its printed label stands from
 * where the table's convention puts labels (first, middle or last row of the group). The
 * convention is chosen per table as the one that explains the evidence best.
 */
export function matchLevels(rows: readonly LevelInput[]): LevelDecision[] {
  if (rows.length === 0) return [];
  const freeNames: string[] = [];
  const printed = new Map<string, number[]>(); // group → row positions of its labels
  const level1Rows = new Map<Level1, number[]>();
  rows.forEach((r, i) => {
    for (const l of r.before) note(l, i - 0.5);
    for (const l of [...r.own, ...r.spanned]) note(l, i);
  });
  function note(l: PrintedLabel, pos: number) {
    if (l.kind === 'free_level2' && !freeNames.includes(l.name)) freeNames.push(l.name);
    const g = groupOfLabel(l);
    if (g) { const at = printed.get(g); if (at) at.push(pos); else printed.set(g, [pos]); }
    if (l.kind === 'level1') { const at = level1Rows.get(l.level1); if (at) at.push(pos); else level1Rows.set(l.level1, [pos]); }
  }
  const evidence = rows.map((r) => nameEvidence(r.name));
  // a group no label, span or wording points at can never win a row: leave it out of the search
  const wanted = new Set<string>([...printed.keys(), ...evidence.filter((e) => e !== null).map((e) => e!.group)]);
  const groups: Group[] = [
    ...freeNames.map((name) => ({ name, parent: '投入管理指标' as Level1 })),
    ...LEVEL2_DEFS.filter((d) => wanted.has(d.name) || level1Rows.has(d.parent)).map((d) => ({ name: d.name, parent: d.parent })),
  ];
  if (groups.length === 0) groups.push(...LEVEL2_DEFS.map((d) => ({ name: d.name, parent: d.parent })));
  const anyLevel2Printed = printed.size > 0;

  // prefix sums of per-row affinity, per group
  const prefix = groups.map((g) => {
    const acc = new Float64Array(rows.length + 1);
    rows.forEach((_, i) => { acc[i + 1] = acc[i]! + rowAffinity(i, g); });
    return acc;
  });
  function rowAffinity(i: number, g: Group): number {
    const r = rows[i]!;
    let s = 0;
    for (const l of r.own) {
      const lg = groupOfLabel(l);
      if (lg) s += lg === g.name ? W.ownLabel : W.otherLabel;
      else if (l.kind === 'level1') s += l.level1 === g.parent ? W.level1 : W.otherLevel1;
    }
    for (const l of r.spanned) {
      const lg = groupOfLabel(l);
      if (lg) s += lg === g.name ? W.span : W.otherSpan;
      else if (l.kind === 'level1') s += l.level1 === g.parent ? W.span / 2 : W.otherSpan / 2;
    }
    const ev = evidence[i];
    if (ev) s += ev.group === g.name ? W.evidence * ev.strength : (-W.evidence * ev.strength) / 2;
    if (!printed.has(g.name) && anyLevel2Printed) s += W.unprinted;
    return s;
  }
  const skipCost = groups.map((g) => (printed.has(g.name) ? W.skipPrinted : 0));
  const labelsOf = groups.map((g) => printed.get(g.name));

  let bestRun: { score: number; path: number[] } | null = null;
  for (const conv of ['first', 'middle', 'last'] as Convention[]) {
    const penalties = labelsOf.map((at) => (at ? labelPenalty(at, rows.length, conv) : null));
    const run = segmentRows(rows.length, groups.length, prefix, penalties, skipCost);
    if (!bestRun || run.score > bestRun.score + 1e-9) bestRun = run;
  }
  const path = bestRun!.path;

  return rows.map((r, i) => {
    const g = groups[path[i]!]!;
    const ev = evidence[i];
    const ownGroup = r.own.map(groupOfLabel).find((x) => x !== null) ?? null;
    const spanGroup = r.spanned.map(groupOfLabel).find((x) => x !== null) ?? null;
    const basis = spanGroup === g.name ? 'merged cell' : ownGroup === g.name ? 'printed label' : ev?.group === g.name ? 'wording' : printed.has(g.name) ? 'label position' : 'neighbours';
    const undecided = !anyLevel2Printed && !ev && level1Rows.size === 0;
    return {
      level1: undecided ? null : g.parent,
      level2: undecided ? null : g.name,
      evidence: basis,
      conflict: ownGroup && ownGroup !== g.name ? ownGroup : null,
    };
  });
}

/** How many rows (in hundredths) the label stands from where the convention expects it in segment [s, e]. */
function offset(label: number, s: number, e: number, conv: Convention): number {
  switch (conv) {
    case 'first': return 100 * Math.abs(label - s);
    case 'last': return 100 * Math.abs(label - e);
    // an even-sized group has two middle rows; prefer the upper one, the way a vertically
    // centred merged cell is usually read into text
    case 'middle': return 100 * Math.max(0, Math.abs(label - (s + e) / 2) - 0.5) + (label > Math.floor((s + e) / 2) ? 2 : 0);
  }
}

/**
 * A label offset penalty depends on one index only: the segment's start (labels expected on the
 * first row), its end (last row) or start + end (middle row). `pen[key]` is the penalty for that
 * key, computed once per table instead of once per segment.
 */
interface Penalty {
  readonly on: 'start' | 'end' | 'sum';
  readonly pen: Float64Array;
}

const PENALTY_KEY: Record<Convention, Penalty['on']> = { first: 'start', last: 'end', middle: 'sum' };

/** Sorted label positions → the penalty of every key: the nearest labels decide `offset`'s minimum. */
function labelPenalty(at: readonly number[], n: number, conv: Convention): Penalty {
  const labels = [...at].sort((a, b) => a - b);
  const on = PENALTY_KEY[conv];
  const keys = on === 'sum' ? Math.max(0, 2 * n - 1) : n;
  const pen = new Float64Array(keys);
  /** index of the first label > x (labels.length if none) */
  const above = (x: number): number => {
    let lo = 0; let hi = labels.length;
    while (lo < hi) { const mid = (lo + hi) >> 1; if (labels[mid]! > x) hi = mid; else lo = mid + 1; }
    return lo;
  };
  for (let k = 0; k < keys; k++) {
    // `offset` is monotone in a label's distance on each side of the split points below, so the
    // labels next to them hold its minimum (the same value the full scan finds: min is exact)
    // a key as the segment (s, e) `offset` reads: s + e = k for the middle convention
    const [s, e] = on === 'sum' ? [0, k] : [k, k];
    const splits = on === 'sum' ? [Math.floor(k / 2), k / 2] : [k];
    let d = Infinity;
    for (const split of splits) {
      const j = above(split);
      for (const i of [j - 2, j - 1, j, j + 1]) {
        if (i < 0 || i >= labels.length) continue;
        const o = offset(labels[i]!, s, e, conv);
        if (o < d) d = o;
      }
    }
    pen[k] = Math.min(W.offsetCap, W.offset * d);
  }
  return { on, pen };
}

/**
 * Best split of rows 0..n-1 into consecutive segments with strictly increasing groups
 * (segmental DP). Skipping a group costs skipCost[g] (a printed label that got no rows).
 * A segment [s, e] of group g scores prefix[g][e+1] − prefix[g][s] − its label penalty.
 *
 * n log n in the rows for a given group count (issue 9: the plain scan over every start was
 * quadratic, cubic with many labels). The label penalty is capped at `W.offsetCap` and depends
 * on one key (start, end or start + end), so for each end the winner is the best start by
 * prefix value among those paying the cap, or the best start inside one of the runs of keys
 * near a label where the penalty is constant: range arg-max queries, not a scan. Scores are
 * exact (see W), so this decides exactly as the full scan: the earliest start among equals.
 */
function segmentRows(
  n: number, G: number, prefix: readonly Float64Array[], penalties: readonly (Penalty | null)[], skipCost: readonly number[],
): { score: number; path: number[] } {
  const skipPrefix = new Float64Array(G + 1);
  for (let g = 0; g < G; g++) skipPrefix[g + 1] = skipPrefix[g]! + skipCost[g]!;
  const skipRange = (from: number, to: number) => (to < from ? 0 : skipPrefix[to + 1]! - skipPrefix[from]!);
  // B[g][e]: best for rows 0..e with the last segment in group g ending at e
  const B = Array.from({ length: G }, () => new Float64Array(n).fill(-Infinity));
  const backStart = Array.from({ length: G }, () => new Int32Array(n));
  const backGroup = Array.from({ length: G }, () => new Int32Array(n).fill(-1));
  // P[g][i]: best for rows 0..i-1 ending with a group < g
  const P = Array.from({ length: G }, () => new Float64Array(n + 1).fill(-Infinity));
  const Parg = Array.from({ length: G }, () => new Int32Array(n + 1).fill(-1));
  const A = new Float64Array(n);
  for (let g = 0; g < G; g++) {
    P[g]![0] = -skipRange(0, g - 1); // no rows yet, groups before g skipped
    for (let i = 0; i < n; i++) {
      let best = -Infinity; let arg = -1;
      for (let h = 0; h < g; h++) {
        const v = B[h]![i]! - skipRange(h + 1, g - 1);
        if (v > best) { best = v; arg = h; }
      }
      P[g]![i + 1] = best; Parg[g]![i + 1] = arg;
    }
    const pre = prefix[g]!;
    const penalty = penalties[g] ?? null;
    const pen = penalty?.pen;
    const before = P[g]!;
    // a start's value before its end is known: v(s, e) = A[s] + pre[e+1] − (penalty by e or s + e)
    for (let s = 0; s < n; s++) {
      const b = before[s]!;
      A[s] = b === -Infinity ? -Infinity : b - pre[s]! - (penalty?.on === 'start' ? pen![s]! : 0);
    }
    const best = rangeArgmax(A);
    const runs = penalty?.on === 'sum' ? nearRuns(pen!) : [];
    let firstRun = 0;
    for (let e = 0; e < n; e++) {
      let top = -Infinity; let bs = 0;
      const consider = (s: number) => {
        if (s < 0 || before[s] === -Infinity) return;
        let v = pre[e + 1]! - pre[s]!;
        if (penalty) v -= pen![penalty.on === 'start' ? s : penalty.on === 'end' ? e : s + e]!;
        v += before[s]!;
        if (v > top || (v === top && s < bs)) { top = v; bs = s; }
      };
      // starts whose key is far from every label all pay the capped penalty: the best by A wins among them
      consider(best(0, e));
      // keys near a label: one candidate per run of equal penalty, x = s + e in [e, 2e]
      while (firstRun < runs.length && runs[firstRun]!.to < e) firstRun++;
      for (let r = firstRun; r < runs.length && runs[r]!.from <= 2 * e; r++) {
        const { from, to } = runs[r]!;
        consider(best(Math.max(0, from - e), Math.min(e, to - e)));
      }
      B[g]![e] = top; backStart[g]![e] = bs; backGroup[g]![e] = Parg[g]![bs]!;
    }
  }
  let bestG = 0; let bestV = -Infinity;
  for (let g = 0; g < G; g++) {
    const v = B[g]![n - 1]! - skipRange(g + 1, G - 1);
    if (v > bestV) { bestV = v; bestG = g; }
  }
  const path = new Array<number>(n);
  let g = bestG; let e = n - 1;
  while (e >= 0 && g >= 0) {
    const s = backStart[g]![e]!; const prev = backGroup[g]![e]!;
    for (let i = s; i <= e; i++) path[i] = g;
    e = s - 1; g = prev;
  }
  return { score: bestV, path };
}

/** Maximal runs of keys with the same penalty below the cap (a label is near). */
function nearRuns(pen: Float64Array): { from: number; to: number }[] {
  const runs: { from: number; to: number }[] = [];
  for (let x = 0; x < pen.length; x++) {
    if (pen[x]! >= W.offsetCap) continue;
    const last = runs[runs.length - 1];
    if (last && last.to === x - 1 && pen[x - 1] === pen[x]) last.to = x;
    else runs.push({ from: x, to: x });
  }
  return runs;
}

/**
 * Range arg-max over a fixed array in O(1) per query after O(n log n) preparation (sparse
 * table); the earliest index wins among equal values. Returns −1 for an empty range.
 */
function rangeArgmax(values: Float64Array): (from: number, to: number) => number {
  const n = values.length;
  const better = (i: number, j: number): number => (values[j]! > values[i]! || (values[j] === values[i] && j < i) ? j : i);
  const levels: Int32Array[] = [Int32Array.from({ length: n }, (_, i) => i)];
  for (let k = 1; 1 << k <= n; k++) {
    const prev = levels[k - 1]!;
    const half = 1 << (k - 1);
    const level = new Int32Array(n - (1 << k) + 1);
    for (let i = 0; i < level.length; i++) level[i] = better(prev[i]!, prev[i + half]!);
    levels.push(level);
  }
  return (from, to) => {
    if (to < from) return -1;
    const k = 31 - Math.clz32(to - from + 1);
    return better(levels[k]![from]!, levels[k]![to - (1 << k) + 1]!);
  };
}
