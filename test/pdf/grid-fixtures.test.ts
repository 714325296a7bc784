import { describe, expect, it } from 'vitest';
import { readPdfGrid } from '../../extractors/pdf/read-pdf.js';
import { gridProblems } from '../../schemas/grid.js';
import { cellsOf, fixtureNames, pdfBytes, readJson, squash, tablesAndLines, type ExpectedGrid } from './fixture-files.js';

/**
 * The grid read from each fixture PDF against the grid its sheet draws (grid.json, written
 * from the fixture spec by scripts/make-pdf-fixtures.ts): every table, every row, every cell
 * with its column, spans and text — merged cells once, continued tables joined, repeated
 * headers dropped.
 */
const cases = fixtureNames().filter((n) => readJson(n, 'grid.json'));

describe.each(cases)('grid of %s', (name) => {
  const expected = readJson<ExpectedGrid>(name, 'grid.json')!;
  const read = readPdfGrid(pdfBytes(name));

  it('reads without errors', async () => {
    const r = await read;
    expect(r.errors).toEqual([]);
    expect(r.notes).toEqual([]);
  });

  it('finds every table and free line', async () => {
    const { tables, lines } = tablesAndLines((await read).grid);
    expect(tables.map((t) => t.length), 'rows per table').toEqual(expected.tables.map((t) => t.length));
    expect(lines.map(squash)).toEqual(expected.lines.map(squash));
  });

  it('places every cell with its spans and text', async () => {
    const { tables } = tablesAndLines((await read).grid);
    const diffs: string[] = [];
    expected.tables.forEach((rows, t) => rows.forEach((want, r) => {
      const got = tables[t]?.[r];
      const gotCells = got ? cellsOf(got) : [];
      const wantCells = want.map((c) => ({ ...c, text: squash(c.text) ?? '' }));
      if (JSON.stringify(gotCells) !== JSON.stringify(wantCells)) diffs.push(`table ${t + 1} row ${r + 1}:\n  got  ${JSON.stringify(gotCells)}\n  want ${JSON.stringify(wantCells)}`);
    }));
    expect(diffs.slice(0, 5).join('\n')).toBe('');
  });

  it('gives every cell its page and a box inside the page', async () => {
    const r = await read;
    for (const b of r.grid.blocks) {
      for (const place of b.kind === 'grid' ? b.cells.flatMap((c) => c.places) : [b.place]) {
        if (place.kind !== 'pdf') throw new Error(`a PDF cell placed as ${place.kind}`);
        expect(place.page).toBeGreaterThanOrEqual(1);
        expect(place.page).toBeLessThanOrEqual(r.pages);
        const [x0, y0, x1, y1] = place.box;
        expect(x1).toBeGreaterThan(x0);
        expect(y1).toBeGreaterThan(y0);
      }
    }
  });

  it('hands over a sound grid: no overlaps, spans inside the block, row-major order', async () => {
    for (const b of (await read).grid.blocks) if (b.kind === 'grid') expect(gridProblems(b)).toEqual([]);
  });
});
