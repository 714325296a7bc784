/**
 * A 2-D affine DOMMatrix (the subset of the Geometry Interfaces spec that pdfjs touches
 * outside canvas rendering). Used only when @napi-rs/canvas — the full implementation
 * pdfjs and pdf-parse load in Node — cannot be loaded on this platform.
 * Reading text and operator lists never renders, so a 2-D matrix is all that is needed.
 */
type Init = string | ArrayLike<number> | undefined;

export class AffineDOMMatrix {
  a = 1; b = 0; c = 0; d = 1; e = 0; f = 0;

  constructor(init?: Init) {
    if (init === undefined || typeof init === 'string') return; // CSS transform strings are not needed here
    if (init.length === 6) [this.a, this.b, this.c, this.d, this.e, this.f] = Array.from(init);
    else if (init.length === 16) {
      const m = Array.from(init);
      [this.a, this.b, this.c, this.d, this.e, this.f] = [m[0]!, m[1]!, m[4]!, m[5]!, m[12]!, m[13]!];
    } else throw new TypeError('DOMMatrix init must have 6 or 16 entries');
  }

  static fromMatrix(other: { a: number; b: number; c: number; d: number; e: number; f: number }): AffineDOMMatrix {
    return new AffineDOMMatrix([other.a, other.b, other.c, other.d, other.e, other.f]);
  }
  static fromFloat32Array(array: Float32Array): AffineDOMMatrix { return new AffineDOMMatrix(array); }
  static fromFloat64Array(array: Float64Array): AffineDOMMatrix { return new AffineDOMMatrix(array); }

  get m11() { return this.a; } set m11(v) { this.a = v; }
  get m12() { return this.b; } set m12(v) { this.b = v; }
  get m21() { return this.c; } set m21(v) { this.c = v; }
  get m22() { return this.d; } set m22(v) { this.d = v; }
  get m41() { return this.e; } set m41(v) { this.e = v; }
  get m42() { return this.f; } set m42(v) { this.f = v; }
  get is2D() { return true; }
  get isIdentity() { return this.a === 1 && this.b === 0 && this.c === 0 && this.d === 1 && this.e === 0 && this.f === 0; }

  /** this = this × other (other applied first) */
  multiplySelf(o: AffineDOMMatrix): this {
    const { a, b, c, d, e, f } = this;
    this.a = a * o.a + c * o.b; this.b = b * o.a + d * o.b;
    this.c = a * o.c + c * o.d; this.d = b * o.c + d * o.d;
    this.e = a * o.e + c * o.f + e; this.f = b * o.e + d * o.f + f;
    return this;
  }
  /** this = other × this */
  preMultiplySelf(o: AffineDOMMatrix): this {
    const copy = AffineDOMMatrix.fromMatrix(o).multiplySelf(this);
    Object.assign(this, { a: copy.a, b: copy.b, c: copy.c, d: copy.d, e: copy.e, f: copy.f });
    return this;
  }
  multiply(o: AffineDOMMatrix): AffineDOMMatrix { return AffineDOMMatrix.fromMatrix(this).multiplySelf(o); }
  translateSelf(tx = 0, ty = 0): this { return this.multiplySelf(new AffineDOMMatrix([1, 0, 0, 1, tx, ty])); }
  translate(tx = 0, ty = 0): AffineDOMMatrix { return AffineDOMMatrix.fromMatrix(this).translateSelf(tx, ty); }
  scaleSelf(sx = 1, sy = sx): this { return this.multiplySelf(new AffineDOMMatrix([sx, 0, 0, sy, 0, 0])); }
  scale(sx = 1, sy = sx): AffineDOMMatrix { return AffineDOMMatrix.fromMatrix(this).scaleSelf(sx, sy); }
  rotateSelf(degrees = 0): this {
    const r = (degrees * Math.PI) / 180;
    return this.multiplySelf(new AffineDOMMatrix([Math.cos(r), Math.sin(r), -Math.sin(r), Math.cos(r), 0, 0]));
  }
  rotate(degrees = 0): AffineDOMMatrix { return AffineDOMMatrix.fromMatrix(this).rotateSelf(degrees); }
  invertSelf(): this {
    const { a, b, c, d, e, f } = this;
    const det = a * d - b * c;
    if (det === 0) { Object.assign(this, { a: NaN, b: NaN, c: NaN, d: NaN, e: NaN, f: NaN }); return this; }
    this.a = d / det; this.b = -b / det; this.c = -c / det; this.d = a / det;
    this.e = (c * f - d * e) / det; this.f = (b * e - a * f) / det;
    return this;
  }
  inverse(): AffineDOMMatrix { return AffineDOMMatrix.fromMatrix(this).invertSelf(); }
  transformPoint(p: { x?: number; y?: number } = {}): { x: number; y: number; z: number; w: number } {
    const x = p.x ?? 0, y = p.y ?? 0;
    return { x: this.a * x + this.c * y + this.e, y: this.b * x + this.d * y + this.f, z: 0, w: 1 };
  }
  toFloat32Array(): Float32Array { return new Float32Array(this.toFloat64Array()); }
  toFloat64Array(): Float64Array {
    return new Float64Array([this.a, this.b, 0, 0, this.c, this.d, 0, 0, 0, 0, 1, 0, this.e, this.f, 0, 1]);
  }
  toString(): string { return `matrix(${this.a}, ${this.b}, ${this.c}, ${this.d}, ${this.e}, ${this.f})`; }
}
