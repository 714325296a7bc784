/**
 * Perturbations of one cell's text. Each keeps the cell's meaning under CONVENTIONS.md: the
 * oracle's canonical value of the clean text is what an extractor must still recover.
 */
import type { Rng } from './prng.js';
import type { CellKind, Decorate } from './grid.js';
import { toKangxi, toTraditional } from './glyphs.js';

const isIdeograph = (c: string | undefined): boolean => c !== undefined && /[\u3400-\u9fff]/.test(c);
const isDigit = (c: string | undefined): boolean => c !== undefined && /[0-9]/.test(c);

/** Gaps where a wrap space disappears again under rule 5: ideograph|ideograph, digit|ideograph. */
function wrapPoints(text: string): number[] {
  const out: number[] = [];
  for (let i = 1; i < text.length; i++) {
    const l = text[i - 1];
    const r = text[i];
    if ((isIdeograph(l) && isIdeograph(r)) || (isDigit(l) && isIdeograph(r)) || (isIdeograph(l) && isDigit(r))) out.push(i);
  }
  return out;
}

/** `产出指标` → `产出 指标`; one space per ~12 characters, never two in a row. Unchanged if impossible. */
export function insertWrapSpaces(rng: Rng, text: string): string {
  const points = wrapPoints(text);
  if (points.length === 0) return text;
  const chosen = rng.sample(points, Math.max(1, Math.floor(text.length / 12)));
  let out = '';
  let from = 0;
  for (const p of chosen) { out += text.slice(from, p) + ' '; from = p; }
  return out + text.slice(from);
}

/** `长效管理机制健全性` → `长效管理机制健全 长效管理机制健全性`: a wrapped line's start printed twice. */
export function duplicateFragment(rng: Rng, text: string): string {
  const ends = [];
  for (let k = 3; k < text.length; k++) if (isIdeograph(text[k - 1]) && isIdeograph(text[k])) ends.push(k);
  if (ends.length === 0) return text;
  return `${text.slice(0, rng.pick(ends))} ${text}`;
}

const FULL_WIDTH_SOURCE = /[0-9%().,:;+\-<>=/]/g;
const HAS_FULL_WIDTH_SOURCE = /[0-9%().,:;+\-<>=/]/;
/** ASCII digits and punctuation → their U+FF01–U+FF5E forms. */
export const toFullWidth = (text: string): string =>
  text.replace(FULL_WIDTH_SOURCE, (c) => String.fromCodePoint(c.codePointAt(0)! + 0xfee0));

/** `<p>…</p>` around the cell, or a `<br>` / `&nbsp;` between two ideographs. */
export function addMarkup(rng: Rng, text: string): string {
  if (rng.chance(0.7)) return `<p>${text}</p>`;
  const points = wrapPoints(text).filter((i) => isIdeograph(text[i - 1]) && isIdeograph(text[i]));
  if (points.length === 0) return `<p>${text}</p>`;
  const at = rng.pick(points);
  return `${text.slice(0, at)}${rng.pick(['<br>', '<br/>', '&nbsp;'])}${text.slice(at)}`;
}

export interface CellPerturbationSet {
  readonly traditional: boolean;
  readonly duplicate: boolean;
  readonly wrap: boolean;
  readonly fullWidth: boolean;
  readonly markup: boolean;
  readonly kangxi: boolean;
}

/** How many cells each perturbation actually changed in one table. */
export interface CellPerturbationCounts {
  duplicate: number;
  wrap: number;
  fullWidth: number;
  markup: number;
  kangxi: number;
}

const WRAP_KINDS: ReadonlySet<CellKind> = new Set(['label', 'level', 'name', 'value', 'long', 'field']);
const FULL_WIDTH_KINDS: ReadonlySet<CellKind> = new Set(['number', 'value', 'field']);

/**
 * The decorator for one table. The first eligible cell of each active perturbation is always
 * changed (so a perturbation never silently misses a table), later ones with a probability.
 */
export function cellDecorator(rng: Rng, set: CellPerturbationSet, counts: CellPerturbationCounts): Decorate {
  const r = {
    dup: rng.fork('duplicate'), wrap: rng.fork('wrap'), full: rng.fork('fullwidth'), markup: rng.fork('markup'), kangxi: rng.fork('kangxi'),
  };
  const apply = (active: boolean, eligible: boolean, count: number, p: number, stream: Rng): boolean =>
    active && eligible && (count === 0 || stream.chance(p));
  return (text, kind) => {
    let t = text;
    if (set.traditional) t = toTraditional(t);
    if (apply(set.duplicate, kind === 'name' && t.length >= 4, counts.duplicate, 0.15, r.dup)) {
      const d = duplicateFragment(r.dup, t);
      if (d !== t) counts.duplicate++;
      t = d;
    }
    if (apply(set.wrap, WRAP_KINDS.has(kind), counts.wrap, 0.3, r.wrap)) {
      const w = insertWrapSpaces(r.wrap, t);
      if (w !== t) counts.wrap++;
      t = w;
    }
    if (apply(set.fullWidth, FULL_WIDTH_KINDS.has(kind) && HAS_FULL_WIDTH_SOURCE.test(t), counts.fullWidth, 0.5, r.full)) {
      t = toFullWidth(t);
      counts.fullWidth++;
    }
    if (apply(set.markup, kind === 'long', counts.markup, 0.6, r.markup)) {
      t = addMarkup(r.markup, t);
      counts.markup++;
    }
    if (set.kangxi && (kind === 'title' || r.kangxi.chance(0.3))) {
      const k = toKangxi(t, kind === 'title' ? 0.7 : 0.4, () => r.kangxi.next(), kind === 'title');
      if (k !== t) counts.kangxi++;
      t = k;
    }
    return t;
  };
}
