import { describe, expect, it } from 'vitest';
import type { Segment } from '../../extractors/pdf/reading-space.js';
import { joinCollinear, rulesFromSegments } from '../../extractors/pdf/ruling-lines.js';
import { gridsFromRules } from '../../extractors/pdf/table-grids.js';

const h = (y: number, x1: number, x2: number, width = 0.75): Segment => ({ x1, y1: y, x2, y2: y, width });
const v = (x: number, y1: number, y2: number, width = 0.75): Segment => ({ x1: x, y1, x2: x, y2, width });
const spans = (segments: Segment[]) =>
  gridsFromRules(rulesFromSegments(segments)).map((g) => g.cells.map((c) => `${c.row},${c.col} ${c.rowSpan}x${c.colSpan}`));

describe('rulesFromSegments', () => {
  it('joins the per-cell border pieces of one line, a few tenths of a point apart', () => {
    const rules = rulesFromSegments([h(100, 0, 50), h(100.37, 50, 120), h(99.8, 121, 200), v(0, 100, 150)]);
    expect(rules.horizontal).toHaveLength(1);
    expect(rules.horizontal[0]!.from).toBe(0);
    expect(rules.horizontal[0]!.to).toBe(200);
    expect(rules.vertical).toHaveLength(1);
  });
  it('keeps pieces at the same height but far apart (two tables side by side) apart', () => {
    expect(joinCollinear([{ pos: 10, from: 0, to: 100 }, { pos: 10, from: 150, to: 300 }])).toHaveLength(2);
  });
  it('ignores slanted strokes and tick marks', () => {
    const rules = rulesFromSegments([{ x1: 0, y1: 0, x2: 50, y2: 40, width: 1 }, h(10, 0, 1)]);
    expect(rules.horizontal).toEqual([]);
    expect(rules.vertical).toEqual([]);
  });
});

describe('gridsFromRules', () => {
  // 3 columns (0-100-200-300), 3 rows (0-20-40-60)
  const frame = [h(0, 0, 300), h(60, 0, 300), v(0, 0, 60), v(300, 0, 60)];

  it('a full grid: every unit is a cell', () => {
    const all = [...frame, h(20, 0, 300), h(40, 0, 300), v(100, 0, 60), v(200, 0, 60)];
    expect(spans(all)).toEqual([['0,0 1x1', '0,1 1x1', '0,2 1x1', '1,0 1x1', '1,1 1x1', '1,2 1x1', '2,0 1x1', '2,1 1x1', '2,2 1x1']]);
  });

  it('a label merged down two rows and a header merged across two columns come out once, with spans', () => {
    const merged = [...frame,
      h(20, 0, 300), h(40, 100, 300), // no border under the first column's second row
      v(100, 0, 60), v(200, 20, 60), // no border between columns 2 and 3 in the first row
    ];
    expect(spans(merged)).toEqual([['0,0 1x1', '0,1 1x2', '1,0 2x1', '1,1 1x1', '1,2 1x1', '2,1 1x1', '2,2 1x1']]);
  });

  it('marks cells on an edge with no border drawn as cut (a page break through a merged cell)', () => {
    const open = [h(0, 100, 300), h(60, 0, 300), h(20, 0, 300), v(0, 0, 60), v(100, 0, 60), v(300, 0, 60)];
    const grid = gridsFromRules(rulesFromSegments(open))[0]!;
    const first = grid.cells.find((c) => c.row === 0 && c.col === 0)!;
    expect(first.openTop).toBe(true);
    expect(grid.cells.find((c) => c.row === 0 && c.col === 1)!.openTop).toBe(false);
    expect(grid.cells.every((c) => !c.openBottom)).toBe(true);
  });

  it('takes in full-height rules beside a grid (label columns of a continued page have no horizontal rule)', () => {
    const continued = [h(0, 100, 300), h(30, 100, 300), h(60, 100, 300), v(100, 0, 60), v(300, 0, 60), v(0, 0, 60), v(50, 0, 60)];
    const grid = gridsFromRules(rulesFromSegments(continued))[0]!;
    expect(grid.xs).toEqual([0, 50, 100, 300]);
    expect(grid.cells.filter((c) => c.col < 2).map((c) => c.rowSpan)).toEqual([2, 2]);
  });

  it('separates two tables, ignores a lone frame and a table without vertical rules', () => {
    const table = (y: number) => [h(y, 0, 100), h(y + 20, 0, 100), h(y + 40, 0, 100), v(0, y, y + 40), v(100, y, y + 40), v(50, y, y + 40)];
    const box = [h(500, 0, 100), h(600, 0, 100), v(0, 500, 600), v(100, 500, 600)];
    const threeLine = [h(700, 0, 300), h(720, 0, 300), h(780, 0, 300)];
    const grids = gridsFromRules(rulesFromSegments([...table(0), ...table(200), ...box, ...threeLine]));
    expect(grids.map((g) => g.box.y0)).toEqual([0, 200]);
  });
});
