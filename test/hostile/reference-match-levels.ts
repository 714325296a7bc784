// The segmentation as it was before issue 9 (O(G·n²·labels)): the reference the linear version must agree with.
import type { Level1 } from '../../schemas/record.js';
import { LEVEL2_DEFS } from '../../pipeline/labels.js';
import { nameEvidence } from '../../pipeline/name-evidence.js';
import type { PrintedLabel } from '../../pipeline/indicator-rows.js';

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
    if (g) printed.set(g, [...(printed.get(g) ?? []), pos]);
    if (l.kind === 'level1') level1Rows.set(l.level1, [...(level1Rows.get(l.level1) ?? []), pos]);
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
    const seg = (g: number, s: number, e: number): number => {
      let v = prefix[g]![e + 1]! - prefix[g]![s]!;
      const at = labelsOf[g];
      if (at) {
        let d = Infinity;
        for (const p of at) { const o = offset(p, s, e, conv); if (o < d) d = o; }
        v -= Math.min(W.offsetCap, W.offset * d);
      }
      return v;
    };
    const run = segmentRows(rows.length, groups.length, seg, skipCost);
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
 * Best split of rows 0..n-1 into consecutive segments with strictly increasing groups
 * (segmental DP). Skipping a group costs skipCost[g] (a printed label that got no rows).
 */
function segmentRows(n: number, G: number, seg: (g: number, s: number, e: number) => number, skipCost: readonly number[]): { score: number; path: number[] } {
  const skipPrefix = new Float64Array(G + 1);
  for (let g = 0; g < G; g++) skipPrefix[g + 1] = skipPrefix[g]! + skipCost[g]!;
  const skipRange = (from: number, to: number) => (to < from ? 0 : skipPrefix[to + 1]! - skipPrefix[from]!);
  // B[g][e]: best for rows 0..e with the last segment in group g ending at e
  const B = Array.from({ length: G }, () => new Float64Array(n).fill(-Infinity));
  const back = Array.from({ length: G }, () => Array.from({ length: n }, () => ({ s: 0, g: -1 })));
  // P[g][i]: best for rows 0..i ending with a group < g (i = -1 stored at index 0 via offset)
  const P = Array.from({ length: G }, () => new Float64Array(n + 1).fill(-Infinity));
  const Parg = Array.from({ length: G }, () => new Int32Array(n + 1).fill(-1));
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
    for (let e = 0; e < n; e++) {
      let best = -Infinity; let bs = 0;
      for (let s = 0; s <= e; s++) {
        const before = P[g]![s]!;
        if (before === -Infinity) continue;
        const v = before + seg(g, s, e);
        if (v > best) { best = v; bs = s; }
      }
      B[g]![e] = best; back[g]![e] = { s: bs, g: Parg[g]![bs]! };
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
    const { s, g: prev } = back[g]![e]!;
    for (let i = s; i <= e; i++) path[i] = g;
    e = s - 1; g = prev;
  }
  return { score: bestV, path };
}
