import { applyX, applyY, compose, invert, type Box, type Matrix } from './geometry.js';
import type { PageDrawing, RawGlyph } from './interpret-operators.js';

/**
 * Reading space: x to the right, y downwards, with the page turned so that most of its
 * text runs left to right. /Rotate pages and landscape tables printed sideways on a
 * portrait page both come out upright. Boxes are mapped back to user space for provenance.
 */

/** A glyph in reading space. `dir` is its baseline direction in quarter turns clockwise from the page's main direction. */
export interface Glyph {
  readonly text: string;
  readonly x0: number; readonly y0: number; readonly x1: number; readonly y1: number;
  /** 1 em in reading space */
  readonly size: number;
  readonly dir: 0 | 1 | 2 | 3;
  readonly run: number;
  readonly seq: number;
}

/** A straight painted line in reading space. */
export interface Segment { readonly x1: number; readonly y1: number; readonly x2: number; readonly y2: number; readonly width: number }

export interface PageContent {
  /** 1-based page number */
  readonly page: number;
  readonly width: number;
  readonly height: number;
  readonly glyphs: readonly Glyph[];
  readonly segments: readonly Segment[];
  readonly images: readonly Box[];
  /** reading space → PDF user space */
  readonly toUser: Matrix;
  /** quarter turns applied to make the text upright (0 when it already was) */
  readonly turned: 0 | 1 | 2 | 3;
  /** glyphs dropped as duplicates of overprinted ("fake bold") text */
  readonly overprinted: number;
  /** painted glyphs that map to no character at all (no ToUnicode, no usable encoding) */
  readonly unmapped: number;
}

/** Glyph box below / above the baseline, in em (typical CJK and Latin fonts). */
const DESCENT = 0.15, ASCENT = 0.85;

/** Quarter turn of a display-space direction vector, and how far (radians) it is from that axis. */
function quarterOf(dx: number, dy: number): { q: 0 | 1 | 2 | 3; off: number } {
  const angle = Math.atan2(dy, dx); // display space: y down, so +pi/2 is "down"
  const q = (((Math.round(angle / (Math.PI / 2)) % 4) + 4) % 4) as 0 | 1 | 2 | 3;
  const off = Math.abs(angle - Math.round(angle / (Math.PI / 2)) * (Math.PI / 2));
  return { q, off };
}

/** The quarter turn (in display space, y down) that maps text running in direction q to left-to-right. */
function uprightTurn(q: 0 | 1 | 2 | 3, w: number, h: number): { m: Matrix; width: number; height: number } {
  switch (q) {
    case 0: return { m: [1, 0, 0, 1, 0, 0], width: w, height: h };
    case 1: return { m: [0, -1, 1, 0, 0, w], width: h, height: w }; // x' = y, y' = w - x
    case 2: return { m: [-1, 0, 0, -1, w, h], width: w, height: h }; // x' = w - x, y' = h - y
    case 3: return { m: [0, 1, -1, 0, h, 0], width: h, height: w }; // x' = h - y, y' = x
  }
}

/**
 * @param viewport pdfjs' viewport transform at scale 1 (user space → display space, y down, /Rotate applied)
 */
export function toReadingSpace(
  page: number,
  drawing: PageDrawing,
  viewport: { transform: Matrix; width: number; height: number },
): PageContent {
  const V = viewport.transform;
  // main text direction in display space, by glyph count
  const votes = [0, 0, 0, 0];
  for (const g of drawing.glyphs) {
    if (!g.text.trim()) continue;
    const dx = V[0] * g.ax + V[2] * g.ay, dy = V[1] * g.ax + V[3] * g.ay;
    if (dx === 0 && dy === 0) continue;
    votes[quarterOf(dx, dy).q]!++;
  }
  const main = votes.indexOf(Math.max(...votes)) as 0 | 1 | 2 | 3;
  const turn = uprightTurn(main, viewport.width, viewport.height);
  const M = compose(turn.m, V);

  const glyphs: Glyph[] = [];
  let seq = 0, unmapped = 0;
  for (const g of drawing.glyphs) {
    seq++;
    if (g.text === '') unmapped++;
    if (!g.text.trim()) continue;
    const glyph = placeGlyph(M, g, seq);
    if (!glyph) continue;
    if (glyph.x1 < 0 || glyph.y1 < 0 || glyph.x0 > turn.width || glyph.y0 > turn.height) continue; // off the page
    glyphs.push(glyph);
  }
  const deduped = dropOverprints(glyphs);
  const segments: Segment[] = drawing.segments.map((s) => ({
    x1: applyX(M, s.x1, s.y1), y1: applyY(M, s.x1, s.y1),
    x2: applyX(M, s.x2, s.y2), y2: applyY(M, s.x2, s.y2),
    width: s.width,
  }));
  const images: Box[] = drawing.images.map((b) => {
    const xs = [applyX(M, b.x0, b.y0), applyX(M, b.x1, b.y1)], ys = [applyY(M, b.x0, b.y0), applyY(M, b.x1, b.y1)];
    return { x0: Math.min(...xs), y0: Math.min(...ys), x1: Math.max(...xs), y1: Math.max(...ys) };
  });
  return {
    page, width: turn.width, height: turn.height,
    glyphs: deduped, segments, images, toUser: invert(M), turned: main,
    overprinted: glyphs.length - deduped.length, unmapped,
  };
}

function placeGlyph(M: Matrix, g: RawGlyph, seq: number): Glyph | null {
  const ax = M[0] * g.ax + M[2] * g.ay, ay = M[1] * g.ax + M[3] * g.ay;
  const ux = M[0] * g.ux + M[2] * g.uy, uy = M[1] * g.ux + M[3] * g.uy;
  const size = Math.hypot(ux, uy);
  if (!(size > 0)) return null;
  const ox = applyX(M, g.ox, g.oy), oy = applyY(M, g.ox, g.oy);
  // the baseline direction decides the quarter; zero-width glyphs take it from the "up" vector
  const { q, off } = ax !== 0 || ay !== 0 ? quarterOf(ax, ay) : quarterOf(-uy, ux);
  if (off > 0.2) return null; // diagonal text: watermarks and stamps, not table content
  const x1 = ox - ux * DESCENT, x2 = ox + ax - ux * DESCENT, x3 = ox + ux * ASCENT, x4 = ox + ax + ux * ASCENT;
  const y1 = oy - uy * DESCENT, y2 = oy + ay - uy * DESCENT, y3 = oy + uy * ASCENT, y4 = oy + ay + uy * ASCENT;
  // up points to the top of the glyph; in display space (y down) that is -y for upright text
  return {
    text: g.text,
    x0: Math.min(x1, x2, x3, x4), y0: Math.min(y1, y2, y3, y4), x1: Math.max(x1, x2, x3, x4), y1: Math.max(y1, y2, y3, y4),
    size, dir: q, run: g.run, seq,
  };
}

/**
 * Word and WPS make "bold" for fonts without a bold face by painting every glyph twice,
 * a fraction of a point apart. Keep the first of two identical glyphs at (almost) the same place.
 */
export function dropOverprints(glyphs: readonly Glyph[]): Glyph[] {
  // buckets of 4 pt by text and position: a duplicate is in the same or a neighbouring bucket
  // (text → column → row, so no key string is built per glyph)
  const buckets = new Map<string, Map<number, Map<number, Glyph[]>>>();
  const kept: Glyph[] = [];
  for (const g of glyphs) {
    const bx = Math.floor(g.x0 / 4), by = Math.floor(g.y0 / 4);
    const tol = 0.2 * g.size;
    let byColumn = buckets.get(g.text);
    let duplicate = false;
    if (byColumn) {
      for (let dx = -1; dx <= 1 && !duplicate; dx++) {
        const column = byColumn.get(bx + dx);
        if (!column) continue;
        for (let dy = -1; dy <= 1 && !duplicate; dy++) {
          duplicate = !!column.get(by + dy)?.some((o) => Math.abs(o.x0 - g.x0) < tol && Math.abs(o.y0 - g.y0) < tol);
        }
      }
    } else buckets.set(g.text, (byColumn = new Map()));
    if (duplicate) continue;
    let column = byColumn.get(bx);
    if (!column) byColumn.set(bx, (column = new Map()));
    const list = column.get(by);
    if (list) list.push(g); else column.set(by, [g]);
    kept.push(g);
  }
  return kept;
}
