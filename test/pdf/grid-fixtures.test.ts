import { describe, expect, it } from 'vitest';
import { readPdfRows } from '../../extractors/pdf/read-pdf.js';
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
  const read = readPdfRows(pdfBytes(name));

  it('reads without errors', async () => {
    const r = await read;
    expect(r.errors).toEqual([]);
    expect(r.notes).toEqual([]);
  });

  it('finds every table and free line', async () => {
    const { tables, lines } = tablesAndLines((await read).rows);
    expect(tables.map((t) => t.length), 'rows per table').toEqual(expected.tables.map((t) => t.length));
    expect(lines.map(squash)).toEqual(expected.lines.map(squash));
  });

  it('places every cell with its spans and text', async () => {
    const { tables } = tablesAndLines((await read).rows);
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
    for (const row of r.rows) {
      for (const c of row.cells) {
        expect(c.page).toBeGreaterThanOrEqual(1);
        expect(c.page).toBeLessThanOrEqual(r.pages);
        const [x0, y0, x1, y1] = c.box!;
        expect(x1).toBeGreaterThan(x0);
        expect(y1).toBeGreaterThan(y0);
      }
    }
  });
});
