import { applyX, applyY, compose, IDENTITY, scaleOf, type Matrix } from './geometry.js';

/**
 * Walks a pdfjs operator list once and collects, in PDF user space:
 * every glyph with its position (the text state machine of PDF §9.4, as pdfjs' canvas
 * renderer applies it), every straight ruling segment (stroked lines and thin filled
 * rectangles — Word/WPS draw borders as filled rectangles) and every image placement.
 * Pure: the operator list and a font lookup in, plain records out.
 */

/** A glyph as painted: baseline origin, advance vector and a 1-em "up" vector, in user space. */
export interface RawGlyph {
  readonly text: string;
  readonly ox: number; readonly oy: number;
  readonly ax: number; readonly ay: number;
  readonly ux: number; readonly uy: number;
  /** index of the text-showing operation: glyphs of one operation form one run */
  readonly run: number;
}

/** A straight painted line (centre line for filled rectangles), user space. */
export interface RawSegment {
  readonly x1: number; readonly y1: number; readonly x2: number; readonly y2: number;
  readonly width: number;
}

export interface RawImage { readonly x0: number; readonly y0: number; readonly x1: number; readonly y1: number }

export interface PageDrawing {
  readonly glyphs: RawGlyph[];
  readonly segments: RawSegment[];
  readonly images: RawImage[];
}

/** What the interpreter needs to know about a font (from pdfjs' font object). */
export interface FontMetrics {
  readonly fontMatrix?: ArrayLike<number>;
  readonly vertical?: boolean;
}

/** The pdfjs glyph record inside showText arguments. */
interface OpGlyph { unicode?: string; width?: number; isSpace?: boolean; vmetric?: ArrayLike<number> }

/** The operator codes used here (pdfjs `OPS`), passed in so this module does not load pdfjs. */
export type OpCodes = Readonly<Record<
  | 'save' | 'restore' | 'transform' | 'paintFormXObjectBegin' | 'paintFormXObjectEnd'
  | 'setLineWidth' | 'setGState' | 'setStrokeRGBColor' | 'setFillRGBColor' | 'setStrokeTransparent' | 'setFillTransparent'
  | 'setStrokeColorN' | 'setFillColorN'
  | 'constructPath' | 'clip' | 'eoClip' | 'stroke' | 'closeStroke' | 'fill' | 'eoFill' | 'fillStroke' | 'eoFillStroke'
  | 'closeFillStroke' | 'closeEOFillStroke' | 'rawFillPath'
  | 'beginText' | 'setFont' | 'setTextMatrix' | 'moveText' | 'setLeadingMoveText' | 'nextLine' | 'setLeading'
  | 'setCharSpacing' | 'setWordSpacing' | 'setHScale' | 'setTextRise' | 'showText' | 'showSpacedText'
  | 'paintImageXObject' | 'paintInlineImageXObject' | 'paintImageMaskXObject' | 'paintImageXObjectRepeat'
  | 'paintInlineImageXObjectGroup' | 'paintImageMaskXObjectGroup' | 'paintImageMaskXObjectRepeat' | 'paintSolidColorImageMask',
  number>>;

/** pdfjs path-data opcodes inside constructPath (DrawOPS). */
const MOVE_TO = 0, LINE_TO = 1, CURVE_TO = 2, CLOSE_PATH = 3;

/** A filled rectangle at most this thick (pt) is a ruling line, not an area. */
export const THIN_FILL = 2.5;

interface GraphicsState {
  ctm: Matrix;
  lineWidth: number;
  strokeVisible: boolean;
  fillVisible: boolean;
  font: FontMetrics | null;
  fontSize: number;
  charSpacing: number;
  wordSpacing: number;
  hScale: number;
  leading: number;
  rise: number;
  /** bounding box of the clipping path in user space (null: the whole page) */
  clip: { x0: number; y0: number; x1: number; y1: number } | null;
}

/** Near-white paint erases rather than draws: it never makes a ruling line. */
export function isVisibleColor(hex: unknown): boolean {
  if (typeof hex !== 'string' || !/^#[0-9a-f]{6}$/i.test(hex)) return true;
  const v = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));
  return Math.min(...v) < 235;
}

export function interpretOperators(
  fnArray: ArrayLike<number>,
  argsArray: ArrayLike<unknown>,
  OPS: OpCodes,
  fontOf: (name: string) => FontMetrics | null,
): PageDrawing {
  const glyphs: RawGlyph[] = [];
  const segments: RawSegment[] = [];
  const images: RawImage[] = [];
  let gs: GraphicsState = {
    ctm: IDENTITY, lineWidth: 1, strokeVisible: true, fillVisible: true,
    font: null, fontSize: 0, charSpacing: 0, wordSpacing: 0, hScale: 1, leading: 0, rise: 0, clip: null,
  };
  const stack: GraphicsState[] = [];
  // text object state (not part of the graphics state stack)
  let textMatrix: Matrix = IDENTITY;
  let lineX = 0, lineY = 0, x = 0, y = 0;
  let run = 0;
  let pendingClip = false;

  const paintsStroke = new Set([OPS.stroke, OPS.closeStroke, OPS.fillStroke, OPS.eoFillStroke, OPS.closeFillStroke, OPS.closeEOFillStroke]);
  const paintsFill = new Set([OPS.fill, OPS.eoFill, OPS.fillStroke, OPS.eoFillStroke, OPS.closeFillStroke, OPS.closeEOFillStroke, OPS.rawFillPath]);

  const placeImage = (m: Matrix) => {
    const xs = [m[4], m[0] + m[4], m[2] + m[4], m[0] + m[2] + m[4]];
    const ys = [m[5], m[1] + m[5], m[3] + m[5], m[1] + m[3] + m[5]];
    images.push({ x0: Math.min(...xs), y0: Math.min(...ys), x1: Math.max(...xs), y1: Math.max(...ys) });
  };

  /** Office exports clip each cell's text to the cell: what the clip hides is not on the page. */
  const visible = (g: RawGlyph): boolean => {
    const c = gs.clip;
    if (!c) return true;
    const cx = g.ox + g.ax / 2 + g.ux * 0.35, cy = g.oy + g.ay / 2 + g.uy * 0.35;
    return cx >= c.x0 - 0.5 && cx <= c.x1 + 0.5 && cy >= c.y0 - 0.5 && cy <= c.y1 + 0.5;
  };

  const clipTo = (data: ArrayLike<number>) => {
    // the clip path's bounding box (exact for the rectangles office exports use)
    let x0 = Infinity, y0 = Infinity, x1 = -Infinity, y1 = -Infinity;
    const m = gs.ctm;
    for (let i = 0; i < data.length;) {
      const op = data[i++];
      const n = op === MOVE_TO || op === LINE_TO ? 1 : op === CURVE_TO ? 3 : 0;
      if (op !== MOVE_TO && op !== LINE_TO && op !== CURVE_TO && op !== CLOSE_PATH) break;
      for (let k = 0; k < n; k++) {
        const px = data[i++]!, py = data[i++]!;
        const ux = applyX(m, px, py), uy = applyY(m, px, py);
        x0 = Math.min(x0, ux); x1 = Math.max(x1, ux); y0 = Math.min(y0, uy); y1 = Math.max(y1, uy);
      }
    }
    if (!(x1 >= x0 && y1 >= y0)) return;
    const c = gs.clip;
    gs.clip = c
      ? { x0: Math.max(c.x0, x0), y0: Math.max(c.y0, y0), x1: Math.min(c.x1, x1), y1: Math.min(c.y1, y1) }
      : { x0, y0, x1, y1 };
  };

  const showGlyphs = (items: ArrayLike<OpGlyph | number>) => {
    const font = gs.font;
    const size = gs.fontSize;
    if (!font || size === 0) return;
    const fontMatrix0 = font.fontMatrix?.[0] ?? 0.001;
    const direction = size < 0 ? -1 : 1;
    const fontSize = Math.abs(size);
    const hs = gs.hScale * direction;
    const advanceScale = fontSize * fontMatrix0;
    const m = compose(gs.ctm, textMatrix);
    const vertical = !!font.vertical;
    const upX = m[2] * fontSize, upY = m[3] * fontSize;
    let dx = 0;
    run++;
    for (let i = 0; i < items.length; i++) {
      const item = items[i]!;
      if (typeof item === 'number') {
        dx += (vertical ? 1 : -1) * item * fontSize / 1000;
        continue;
      }
      const spacing = (item.isSpace ? gs.wordSpacing : 0) + gs.charSpacing;
      const width = item.width ?? 0;
      const text = item.unicode ?? '';
      if (vertical) {
        // upright glyphs stacked downwards: the origin sits half an em left of the pen
        const tx = x - fontSize / 2, ty = y + gs.rise - dx - fontSize;
        const glyph = {
          text, run,
          ox: applyX(m, tx, ty), oy: applyY(m, tx, ty),
          ax: m[0] * fontSize, ay: m[1] * fontSize, ux: upX, uy: upY,
        };
        if (visible(glyph)) glyphs.push(glyph);
        // vertical advance: -w1y of the glyph's vertical metrics, 1 em by default
        const w1y = item.vmetric ? -(item.vmetric[0] ?? -1000) : 1000;
        dx += w1y * advanceScale - spacing * direction;
        continue;
      }
      const tx = x + dx * hs, ty = y + gs.rise;
      const w = width * advanceScale * hs;
      const glyph = {
        text, run,
        ox: applyX(m, tx, ty), oy: applyY(m, tx, ty),
        ax: m[0] * w, ay: m[1] * w, ux: upX, uy: upY,
      };
      if (visible(glyph)) glyphs.push(glyph);
      dx += width * advanceScale + spacing * direction;
    }
    if (vertical) y -= dx;
    else x += dx * hs;
  };

  const addPath = (paint: number, data: ArrayLike<number>) => {
    const stroke = paintsStroke.has(paint) && gs.strokeVisible;
    const fill = paintsFill.has(paint) && gs.fillVisible;
    if (!stroke && !fill) return;
    const m = gs.ctm;
    const width = gs.lineWidth * scaleOf(m);
    // `sub`: every point of the current subpath (a filled thin rectangle is a rule);
    // `poly`: the current straight run (each of its pieces is a stroked rule). Curves end a run.
    let sub: number[] = [];
    let poly: number[] = [];
    let straight = true;
    const strokePoly = () => {
      if (stroke) {
        for (let k = 0; k + 3 < poly.length; k += 2) {
          const x1 = poly[k]!, y1 = poly[k + 1]!, x2 = poly[k + 2]!, y2 = poly[k + 3]!;
          if (x1 !== x2 || y1 !== y2) segments.push({ x1, y1, x2, y2, width });
        }
      }
      poly = poly.slice(-2);
    };
    const endSubpath = () => {
      strokePoly();
      if (fill && straight) {
        const thin = thinRectangleCentreLine(sub);
        if (thin) segments.push(thin);
      }
      sub = []; poly = []; straight = true;
    };
    for (let i = 0; i < data.length;) {
      const op = data[i++];
      if (op === MOVE_TO) {
        endSubpath();
        const px = data[i++]!, py = data[i++]!;
        const ux = applyX(m, px, py), uy = applyY(m, px, py);
        sub = [ux, uy]; poly = [ux, uy];
      } else if (op === LINE_TO) {
        const px = data[i++]!, py = data[i++]!;
        const ux = applyX(m, px, py), uy = applyY(m, px, py);
        sub.push(ux, uy); poly.push(ux, uy);
      } else if (op === CURVE_TO) {
        const px = data[i + 4]!, py = data[i + 5]!;
        i += 6;
        strokePoly();
        straight = false;
        const ux = applyX(m, px, py), uy = applyY(m, px, py);
        sub.push(ux, uy); poly = [ux, uy];
      } else if (op === CLOSE_PATH) {
        const sx = sub[0], sy = sub[1];
        if (sx === undefined || sy === undefined) continue;
        poly.push(sx, sy);
        endSubpath();
        sub = [sx, sy]; poly = [sx, sy]; // the next subpath starts where this one started
      } else break; // unknown opcode: stop reading this path
    }
    endSubpath();
  };

  for (let i = 0; i < fnArray.length; i++) {
    const fn = fnArray[i]!;
    const args = argsArray[i] as unknown[] | null;
    switch (fn) {
      case OPS.save: stack.push(gs); gs = { ...gs }; break;
      case OPS.restore: gs = stack.pop() ?? gs; break;
      case OPS.transform: gs.ctm = compose(gs.ctm, toMatrix(args)); break;
      case OPS.paintFormXObjectBegin: {
        stack.push(gs); gs = { ...gs };
        const m = args?.[0];
        if (m && (m as ArrayLike<number>).length === 6) gs.ctm = compose(gs.ctm, toMatrix(m as ArrayLike<number>));
        break;
      }
      case OPS.paintFormXObjectEnd: gs = stack.pop() ?? gs; break;
      case OPS.setLineWidth: gs.lineWidth = Number(args?.[0] ?? 1); break;
      case OPS.setGState: {
        for (const entry of (args?.[0] as [string, unknown][] | undefined) ?? []) {
          if (entry[0] === 'LW') gs.lineWidth = Number(entry[1]);
        }
        break;
      }
      case OPS.setStrokeRGBColor: gs.strokeVisible = isVisibleColor(args?.[0]); break;
      case OPS.setFillRGBColor: gs.fillVisible = isVisibleColor(args?.[0]); break;
      case OPS.setStrokeTransparent: gs.strokeVisible = false; break;
      case OPS.setFillTransparent: gs.fillVisible = false; break;
      case OPS.setStrokeColorN: gs.strokeVisible = true; break;
      case OPS.setFillColorN: gs.fillVisible = true; break;
      case OPS.clip:
      case OPS.eoClip:
        pendingClip = true;
        break;
      case OPS.constructPath: {
        const paint = args?.[0] as number;
        const data = (args?.[1] as ArrayLike<unknown> | undefined)?.[0];
        if (data && typeof (data as ArrayLike<number>).length === 'number') {
          if (pendingClip) clipTo(data as ArrayLike<number>);
          addPath(paint, data as ArrayLike<number>);
        }
        pendingClip = false;
        break;
      }
      case OPS.beginText: textMatrix = IDENTITY; lineX = lineY = x = y = 0; break;
      case OPS.setFont: {
        gs.font = fontOf(String(args?.[0])) ?? { fontMatrix: [0.001, 0, 0, 0.001, 0, 0] };
        gs.fontSize = Number(args?.[1] ?? 0);
        break;
      }
      case OPS.setTextMatrix: {
        const m = (args?.length === 1 ? args[0] : args) as ArrayLike<number>;
        textMatrix = toMatrix(m);
        lineX = lineY = x = y = 0;
        break;
      }
      case OPS.moveText: x = lineX += Number(args?.[0]); y = lineY += Number(args?.[1]); break;
      case OPS.setLeadingMoveText:
        gs.leading = -Number(args?.[1]);
        x = lineX += Number(args?.[0]); y = lineY += Number(args?.[1]);
        break;
      case OPS.nextLine: x = lineX; y = lineY -= gs.leading; lineY = y; break;
      case OPS.setLeading: gs.leading = Number(args?.[0]); break;
      case OPS.setCharSpacing: gs.charSpacing = Number(args?.[0]); break;
      case OPS.setWordSpacing: gs.wordSpacing = Number(args?.[0]); break;
      case OPS.setHScale: gs.hScale = Number(args?.[0]) / 100; break;
      case OPS.setTextRise: gs.rise = Number(args?.[0]); break;
      case OPS.showText:
      case OPS.showSpacedText:
        showGlyphs((args?.[0] as ArrayLike<OpGlyph | number>) ?? []);
        break;
      case OPS.paintImageXObject:
      case OPS.paintInlineImageXObject:
      case OPS.paintImageMaskXObject:
      case OPS.paintSolidColorImageMask:
        placeImage(gs.ctm);
        break;
      case OPS.paintImageXObjectRepeat:
      case OPS.paintImageMaskXObjectRepeat: {
        // [objId, scaleX, scaleY, positions] — each position is one placement of the unit square
        const sx = Number(args?.[1]), sy = Number(args?.[2]);
        const pos = (args?.[3] as ArrayLike<number>) ?? [];
        for (let k = 0; k + 1 < pos.length; k += 2) placeImage(compose(gs.ctm, [sx, 0, 0, sy, pos[k]!, pos[k + 1]!]));
        break;
      }
      case OPS.paintInlineImageXObjectGroup:
      case OPS.paintImageMaskXObjectGroup:
        placeImage(gs.ctm);
        break;
      default: break;
    }
  }
  return { glyphs, segments, images };
}

function toMatrix(m: unknown): Matrix {
  const a = m as ArrayLike<number> | null;
  if (!a || a.length < 6) return IDENTITY;
  return [Number(a[0]), Number(a[1]), Number(a[2]), Number(a[3]), Number(a[4]), Number(a[5])];
}

/**
 * A filled subpath that is an axis-aligned rectangle at most THIN_FILL thick is a ruling
 * line: return its centre line. Points are user-space x,y pairs (4 corners, maybe repeated).
 */
export function thinRectangleCentreLine(points: readonly number[]): RawSegment | null {
  const n = points.length / 2;
  if (n < 4 || n > 5) return null;
  let x0 = Infinity, y0 = Infinity, x1 = -Infinity, y1 = -Infinity;
  for (let k = 0; k < n; k++) {
    const px = points[2 * k]!, py = points[2 * k + 1]!;
    x0 = Math.min(x0, px); x1 = Math.max(x1, px); y0 = Math.min(y0, py); y1 = Math.max(y1, py);
  }
  // every corner must sit on the bounding box's corners (axis-aligned rectangle)
  const eps = 0.05;
  for (let k = 0; k < n; k++) {
    const px = points[2 * k]!, py = points[2 * k + 1]!;
    const onX = Math.abs(px - x0) < eps || Math.abs(px - x1) < eps;
    const onY = Math.abs(py - y0) < eps || Math.abs(py - y1) < eps;
    if (!onX || !onY) return null;
  }
  const w = x1 - x0, h = y1 - y0;
  if (Math.min(w, h) > THIN_FILL || Math.max(w, h) < 1) return null;
  return w >= h
    ? { x1: x0, y1: (y0 + y1) / 2, x2: x1, y2: (y0 + y1) / 2, width: h }
    : { x1: (x0 + x1) / 2, y1: y0, x2: (x0 + x1) / 2, y2: y1, width: w };
}
