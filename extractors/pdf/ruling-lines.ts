import type { Segment } from './reading-space.js';

/**
 * Ruling lines: the painted segments that are horizontal or vertical, with collinear pieces
 * joined. Excel, WPS and Word draw one border per cell edge, often a few tenths of a point
 * apart (line-width offsets, double borders); they are one rule here.
 */
export interface Rule {
  /** y of a horizontal rule, x of a vertical one */
  readonly pos: number;
  /** extent along the rule: x range for horizontal, y range for vertical */
  readonly from: number;
  readonly to: number;
}

export interface Rules {
  readonly horizontal: readonly Rule[];
  readonly vertical: readonly Rule[];
}

/** Segments closer than this (pt) across their direction are the same rule. */
export const RULE_SNAP = 2;
/** Pieces of one rule this close along it (pt) are joined. */
export const RULE_JOIN = 2.5;
/** Shorter pieces are tick marks or glyph strokes, not borders. */
const MIN_LENGTH = 1.5;
/** How far from axis-parallel (pt over the segment) still counts as straight. */
const SKEW = 0.8;

export function rulesFromSegments(segments: readonly Segment[]): Rules {
  const h: Rule[] = [], v: Rule[] = [];
  for (const s of segments) {
    const dx = Math.abs(s.x2 - s.x1), dy = Math.abs(s.y2 - s.y1);
    if (dy <= SKEW && dx >= MIN_LENGTH) h.push({ pos: (s.y1 + s.y2) / 2, from: Math.min(s.x1, s.x2), to: Math.max(s.x1, s.x2) });
    else if (dx <= SKEW && dy >= MIN_LENGTH) v.push({ pos: (s.x1 + s.x2) / 2, from: Math.min(s.y1, s.y2), to: Math.max(s.y1, s.y2) });
  }
  return { horizontal: joinCollinear(h), vertical: joinCollinear(v) };
}

/** Groups rules by position (chained within RULE_SNAP), then joins overlapping or touching pieces. */
export function joinCollinear(rules: readonly Rule[]): Rule[] {
  const byPos = [...rules].sort((a, b) => a.pos - b.pos);
  const out: Rule[] = [];
  let group: Rule[] = [];
  const flush = () => {
    if (!group.length) return;
    const pieces = group.sort((a, b) => a.from - b.from);
    // the running rule: its extent, and its position as the length-weighted mean of its pieces
    let { pos, from, to } = pieces[0]!;
    let weight = to - from, sum = pos * weight;
    const emit = () => out.push({ pos: weight > 0 ? sum / weight : pos, from, to });
    for (let i = 1; i < pieces.length; i++) {
      const p = pieces[i]!;
      const len = p.to - p.from;
      if (p.from <= to + RULE_JOIN) {
        to = Math.max(to, p.to); weight += len; sum += p.pos * len;
      } else {
        emit();
        ({ pos, from, to } = p); weight = len; sum = p.pos * len;
      }
    }
    emit();
    group = [];
  };
  for (const r of byPos) {
    if (group.length && r.pos - group[group.length - 1]!.pos > RULE_SNAP) flush();
    group.push(r);
  }
  flush();
  return out;
}
