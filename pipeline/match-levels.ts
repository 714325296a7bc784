import type { Level1 } from '../schemas/record.js';
import { LEVEL2_DEFS } from './labels.js';
import { nameEvidence } from './name-evidence.js';
import type { PrintedLabel } from './indicator-rows.js';

/** A 二级 group the rows can be assigned to, in printing order. */
interface Group {
  readonly name: string;
  readonly parent: Level1;
  readonly canonical: boolean;
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

const W = { ownLabel: 4, otherLabel: -2, level1: 1.5, otherLevel1: -0.75, span: 10, otherSpan: -10, unprinted: -1.2, position: 0.15 };

const groupOfLabel = (l: PrintedLabel): string | null => (l.kind === 'level2' ? l.def.name : l.kind === 'free_level2' ? l.name : null);

/**
 * Decide every row's 一级/二级 at once: groups are contiguous and printed in a known order, so
 * the answer is the best-scoring segmentation of the rows into ordered groups (dynamic
 * programming), where each row scores its fit to a group from printed labels (own row, merged
 * span, distance to the label under the table's label-placement convention) and from its wording.
 * The convention (labels on the first, middle or last row of a group) is chosen per table as
 * the one that explains the evidence best.
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
    if (g) printed.set(g, [...(printed.get(g) ?? []), pos]);
    if (l.kind === 'level1') level1Rows.set(l.level1, [...(level1Rows.get(l.level1) ?? []), pos]);
  }
  const groups: Group[] = [
    ...freeNames.map((name) => ({ name, parent: '投入管理指标' as Level1, canonical: false })),
    ...LEVEL2_DEFS.map((d) => ({ name: d.name, parent: d.parent, canonical: true })),
  ];
  const anyLevel2Printed = printed.size > 0;
  const evidence = rows.map((r) => nameEvidence(r.name));

  let bestRun: { score: number; path: number[] } | null = null;
  for (const conv of ['first', 'middle', 'last'] as Convention[]) {
    const run = segment(rows.length, groups.length, (i, g) => affinity(i, groups[g]!, conv));
    if (!bestRun || run.score > bestRun.score + 1e-9) bestRun = run;
  }
  const path = bestRun!.path;

  function affinity(i: number, g: Group, conv: Convention): number {
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
    if (ev) s += ev.group === g.name ? ev.strength : -ev.strength / 2;
    const at = printed.get(g.name);
    if (at) s -= W.position * Math.min(...at.map((p) => distance(i, p, conv)));
    else if (anyLevel2Printed) s += W.unprinted;
    const l1 = level1Rows.get(g.parent);
    if (l1 && !at) s -= (W.position / 2) * Math.min(...l1.map((p) => Math.abs(i - p)));
    return s;
  }

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

function distance(i: number, label: number, conv: Convention): number {
  switch (conv) {
    case 'first': return i >= label ? i - label : 3 * (label - i);
    case 'last': return i <= label ? label - i : 3 * (i - label);
    case 'middle': return Math.abs(i - label);
  }
}

/** Best monotone assignment of rows 0..n-1 to groups 0..G-1 (non-decreasing), by DP. */
function segment(n: number, G: number, score: (i: number, g: number) => number): { score: number; path: number[] } {
  const dp: Float64Array[] = [];
  const from: Int32Array[] = [];
  for (let i = 0; i < n; i++) {
    const row = new Float64Array(G);
    const back = new Int32Array(G);
    let runBest = -Infinity; let runArg = 0;
    for (let g = 0; g < G; g++) {
      if (i > 0 && dp[i - 1]![g]! > runBest) { runBest = dp[i - 1]![g]!; runArg = g; }
      const prev = i === 0 ? 0 : runBest;
      row[g] = prev + score(i, g);
      back[g] = runArg;
    }
    dp.push(row); from.push(back);
  }
  let g = 0;
  for (let k = 1; k < G; k++) if (dp[n - 1]![k]! > dp[n - 1]![g]!) g = k;
  const total = dp[n - 1]![g]!;
  const path = new Array<number>(n);
  for (let i = n - 1; i >= 0; i--) { path[i] = g; if (i > 0) g = from[i]![g]!; }
  return { score: total, path };
}
