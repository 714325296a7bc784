import { otsuThreshold, type Gray } from './raster.js';

/** A ruling line: horizontal (`at` = y, from..to = x) or vertical (`at` = x, from..to = y), pixels. */
export interface Rule {
  readonly kind: 'h' | 'v';
  readonly at: number;
  readonly from: number;
  readonly to: number;
  /** stroke width in pixels */
  readonly width: number;
}

/**
 * Ruling lines of an upright page, by long dark runs. Every length is a multiple of `unit`, the
 * height of a line of body text in pixels, so the same rules hold at 150 and 300 dpi:
 * - a horizontal rule is a run of ink at least 4 units long (no character stroke is);
 * - a vertical rule is a run at least 0.9 unit long that joins two horizontal rules (the bold
 *   strokes of a title are as long, but end in the air);
 * - strokes thicker than half a unit are filled shapes, not rules.
 * Runs broken by speckle or a JPEG block are bridged over gaps of 0.15 unit.
 */
export function findRules(page: Gray, unit: number): Rule[] {
  const gap = Math.max(1, Math.round(unit * 0.15));
  const maxWidth = Math.max(3, unit * 0.5);
  const h = mergeCollinear(strokes(inkMask(page, 'h'), page.width, page.height, 'h', unit * 4, gap, maxWidth), unit);
  const v = mergeCollinear(strokes(inkMask(page, 'v', false), page.width, page.height, 'v', unit * 0.9, gap, maxWidth), unit);
  return joinedGrid(h, v, unit);
}

/**
 * Ink for rules running along `kind`: a pixel darker than Otsu's threshold, or a pair of
 * pixels across the rule whose mean is darker than halfway to the paper. Turning the page spreads
 * a one-pixel rule of a bitonal scan over two rows of grey, each lighter than the threshold;
 * the pair test keeps it, and a lone grey pixel at a character's edge stays paper. Vertical
 * rules are found without it: a digit's stroke with its grey edge would pass for a short one.
 */
function inkMask(page: Gray, kind: 'h' | 'v', pairs = true): Uint8Array {
  const t = Math.min(otsuThreshold(page), 160);
  const { width, height, data } = page;
  const pair = (t + paperLevel(page)) / 2;
  const step = kind === 'h' ? width : 1;
  const ink = new Uint8Array(width * height);
  for (let i = 0; i < ink.length; i++) {
    const v = data[i]!;
    if (v < t) { ink[i] = 1; continue; }
    if (!pairs) continue;
    const j = i + step;
    if (kind === 'h' ? j < ink.length : (i % width) + 1 < width) {
      if ((v + data[j]!) / 2 < pair) { ink[i] = 1; ink[j] = 1; }
    }
  }
  return ink;
}

/** The grey of the paper: the commonest level among the light half (scans are rarely 255). */
function paperLevel(page: Gray): number {
  const hist = new Uint32Array(256);
  for (let i = 0; i < page.data.length; i += 7) hist[page.data[i]!]!++;
  let best = 255;
  for (let v = 128; v < 256; v++) if (hist[v]! > hist[best]!) best = v;
  return best;
}

interface Run { line: number; from: number; to: number }

/** Runs along each row (h) or column (v), then runs on neighbouring lines that overlap grouped into strokes. */
function strokes(ink: Uint8Array, width: number, height: number, kind: 'h' | 'v', minLength: number, gap: number, maxWidth: number): Rule[] {
  const lines = kind === 'h' ? height : width, along = kind === 'h' ? width : height;
  const at = kind === 'h' ? (l: number, a: number) => ink[l * width + a]! : (l: number, a: number) => ink[a * width + l]!;
  const open: { first: number; last: number; from: number; to: number }[] = [];
  const done: Rule[] = [];
  const close = (s: { first: number; last: number; from: number; to: number }) => {
    const w = s.last - s.first + 1;
    if (w <= maxWidth) done.push({ kind, at: (s.first + s.last) / 2, from: s.from, to: s.to, width: w });
  };
  for (let l = 0; l < lines; l++) {
    const runs: Run[] = [];
    let start = -1, lastInk = -1;
    for (let a = 0; a <= along; a++) {
      const dark = a < along && at(l, a) === 1;
      if (dark) {
        if (start < 0) start = a;
        else if (a - lastInk - 1 > gap) { if (lastInk - start + 1 >= minLength) runs.push({ line: l, from: start, to: lastInk }); start = a; }
        lastInk = a;
      }
      if (a === along && start >= 0 && lastInk - start + 1 >= minLength) runs.push({ line: l, from: start, to: lastInk });
    }
    for (let k = open.length - 1; k >= 0; k--) if (open[k]!.last < l - 1) { close(open[k]!); open.splice(k, 1); }
    for (const r of runs) {
      const s = open.find((o) => o.last === l - 1 && o.from <= r.to && r.from <= o.to);
      if (s) { s.last = l; s.from = Math.min(s.from, r.from); s.to = Math.max(s.to, r.to); }
      else open.push({ first: l, last: l, from: r.from, to: r.to });
    }
  }
  open.forEach(close);
  return done;
}

/** Pieces of one rule (broken by noise, a seal, a crossing) joined: same position, gap under a unit. */
function mergeCollinear(rules: Rule[], unit: number): Rule[] {
  const near = Math.max(2, unit * 0.2);
  const sorted = [...rules].sort((a, b) => a.at - b.at || a.from - b.from);
  const out: Rule[] = [];
  for (const r of sorted) {
    const m = out.findIndex((o) => Math.abs(o.at - r.at) <= near && r.from <= o.to + unit && o.from <= r.to + unit);
    if (m < 0) { out.push(r); continue; }
    const o = out[m]!;
    const len = (x: Rule) => x.to - x.from;
    out[m] = { kind: o.kind, at: (o.at * len(o) + r.at * len(r)) / Math.max(1, len(o) + len(r)), from: Math.min(o.from, r.from), to: Math.max(o.to, r.to), width: Math.max(o.width, r.width) };
  }
  return out;
}

/** Does a vertical rule meet a horizontal one (crossing or ending on it, within `tol`)? */
export const meets = (h: Rule, v: Rule, tol: number): boolean =>
  v.at >= h.from - tol && v.at <= h.to + tol && h.at >= v.from - tol && h.at <= v.to + tol;

/**
 * Only rules that belong to a ruled table: a vertical rule meets two horizontal rules, a
 * horizontal rule meets two vertical rules. Repeated until nothing changes.
 */
function joinedGrid(h: Rule[], v: Rule[], unit: number): Rule[] {
  const tol = Math.max(3, unit * 0.35);
  let hs = h, vs = v;
  for (;;) {
    const v2 = vs.filter((x) => hs.filter((y) => meets(y, x, tol)).length >= 2);
    const h2 = hs.filter((y) => v2.filter((x) => meets(y, x, tol)).length >= 2);
    if (v2.length === vs.length && h2.length === hs.length) return [...h2, ...v2];
    hs = h2; vs = v2;
  }
}
