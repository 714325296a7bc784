/** Plane geometry shared by the PDF stages. Matrices follow the PDF/canvas convention [a b c d e f]. */
export type Matrix = readonly [number, number, number, number, number, number];

export const IDENTITY: Matrix = [1, 0, 0, 1, 0, 0];

/** The matrix that applies `inner` first, then `outer` (canvas `ctx.transform(inner)` on `outer`). */
export function compose(outer: Matrix, inner: Matrix): Matrix {
  const [a, b, c, d, e, f] = outer;
  const [A, B, C, D, E, F] = inner;
  return [a * A + c * B, b * A + d * B, a * C + c * D, b * C + d * D, a * E + c * F + e, b * E + d * F + f];
}

export function invert(m: Matrix): Matrix {
  const [a, b, c, d, e, f] = m;
  const det = a * d - b * c;
  return [d / det, -b / det, -c / det, a / det, (c * f - d * e) / det, (b * e - a * f) / det];
}

export function applyX(m: Matrix, x: number, y: number): number { return m[0] * x + m[2] * y + m[4]; }
export function applyY(m: Matrix, x: number, y: number): number { return m[1] * x + m[3] * y + m[5]; }

/** How much a matrix scales lengths (geometric mean of its axes). */
export function scaleOf(m: Matrix): number { return Math.sqrt(Math.abs(m[0] * m[3] - m[1] * m[2])); }

/** Axis-aligned box: x0 < x1, y0 < y1. */
export interface Box { readonly x0: number; readonly y0: number; readonly x1: number; readonly y1: number }

/** The axis-aligned box around a box transformed by `m`. */
export function transformBox(m: Matrix, box: Box): Box {
  const x1 = applyX(m, box.x0, box.y0), x2 = applyX(m, box.x1, box.y0), x3 = applyX(m, box.x0, box.y1), x4 = applyX(m, box.x1, box.y1);
  const y1 = applyY(m, box.x0, box.y0), y2 = applyY(m, box.x1, box.y0), y3 = applyY(m, box.x0, box.y1), y4 = applyY(m, box.x1, box.y1);
  return { x0: Math.min(x1, x2, x3, x4), y0: Math.min(y1, y2, y3, y4), x1: Math.max(x1, x2, x3, x4), y1: Math.max(y1, y2, y3, y4) };
}

/** Rounds to 1/100 pt: enough for provenance, stable in JSON. */
export const round2 = (v: number): number => Math.round(v * 100) / 100;
