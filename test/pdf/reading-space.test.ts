import { describe, expect, it } from 'vitest';
import type { Matrix } from '../../extractors/pdf/geometry.js';
import type { PageDrawing, RawGlyph } from '../../extractors/pdf/interpret-operators.js';
import { dropOverprints, toReadingSpace } from '../../extractors/pdf/reading-space.js';
import { glyphsOf } from './make-glyphs.js';

/** A run of glyphs in user space going along (dx, dy) per glyph, "up" perpendicular to the left. */
function line(text: string, x: number, y: number, dx: number, dy: number): RawGlyph[] {
  return [...text].map((ch, k) => ({ text: ch, ox: x + k * dx, oy: y + k * dy, ax: dx, ay: dy, ux: -dy, uy: dx, run: 1 }));
}
const drawing = (glyphs: RawGlyph[]): PageDrawing => ({ glyphs, segments: [{ x1: 0, y1: 100, x2: 200, y2: 100, width: 1 }], images: [] });
// pdfjs viewports at scale 1: /Rotate 0 on a 600×800 page, and /Rotate 90 (display is 800 wide)
const upright = { transform: [1, 0, 0, -1, 0, 800] as Matrix, width: 600, height: 800 };
const rotate90 = { transform: [0, 1, 1, 0, 0, 0] as Matrix, width: 800, height: 600 };

describe('toReadingSpace', () => {
  it('flips y so that reading goes down the page', () => {
    const page = toReadingSpace(1, drawing([...line('上', 100, 700, 10, 0), ...line('下', 100, 600, 10, 0)]), upright);
    expect(page.turned).toBe(0);
    const [a, b] = page.glyphs;
    expect(a!.y0).toBeLessThan(b!.y0);
    expect(page.segments[0]!.y1).toBe(700);
  });

  it('turns a page whose text runs upwards (printed sideways, no /Rotate) until it reads left to right', () => {
    const page = toReadingSpace(1, drawing(line('财政项目', 300, 100, 0, 10)), upright);
    expect(page.turned).not.toBe(0);
    expect(page.width).toBe(800);
    const xs = page.glyphs.map((g) => g.x0);
    expect(xs).toEqual([...xs].sort((p, q) => p - q));
    expect(new Set(page.glyphs.map((g) => Math.round(g.y0))).size).toBe(1);
    expect(page.glyphs.every((g) => g.dir === 0)).toBe(true);
  });

  it('reads a /Rotate 90 page upright through its viewport', () => {
    // content drawn turned a quarter counter-clockwise, shown upright by /Rotate 90
    const page = toReadingSpace(1, drawing(line('绩效指标', 300, 100, 0, 10)), rotate90);
    expect(page.turned).toBe(0);
    const xs = page.glyphs.map((g) => g.x0);
    expect(xs).toEqual([...xs].sort((p, q) => p - q));
  });

  it('maps reading space back to user space', () => {
    const page = toReadingSpace(1, drawing(line('字', 120, 650, 10, 0)), upright);
    const [a, b, c, d, e, f] = page.toUser;
    const g = page.glyphs[0]!;
    expect(a * g.x0 + c * g.y1 + e).toBeCloseTo(120, 6);
    expect(b * g.x0 + d * g.y1 + f).toBeCloseTo(650 - 1.5, 6);
  });

  it('drops diagonal text (watermarks) and counts glyphs without a character', () => {
    const page = toReadingSpace(1, drawing([...line('内部资料', 100, 100, 7, 7), ...line('表', 100, 700, 10, 0), { ...line('x', 0, 0, 10, 0)[0]!, text: '' }]), upright);
    expect(page.glyphs.map((g) => g.text)).toEqual(['表']);
    expect(page.unmapped).toBe(1);
  });
});

describe('dropOverprints', () => {
  it('keeps one of two identical glyphs a fraction of a point apart (fake bold)', () => {
    const once = glyphsOf('总分', 100, 100);
    const twice = [...once, ...glyphsOf('总分', 100.3, 100)];
    expect(dropOverprints(twice).map((g) => g.text).join('')).toBe('总分');
  });
  it('keeps the same character printed twice at different places', () => {
    expect(dropOverprints([...glyphsOf('10', 100, 100), ...glyphsOf('10', 140, 100)])).toHaveLength(4);
  });
});
