import { describe, expect, it } from 'vitest';
import { readHtml } from '../../extractors/html/read-html.js';
import { gridProblems } from '../../schemas/grid.js';
import { cpuGrowth } from './growth.js';

// The HTML front end (htmlparser2) on hostile markup: spans clamped, no throw, linear time.
describe('HTML front end: hostile markup costs only its size', () => {
  it('numeric references to no character do not throw', () => {
    const doc = readHtml('<table><tr><td>&#99999999;</td><td>&#x110000;</td><td>&#20013;</td></tr></table>');
    const grid = doc.blocks.find((b) => b.kind === 'grid');
    expect(grid && grid.kind === 'grid' ? grid.cells.map((c) => c.text).at(-1) : null).toBe('中');
  });

  it('a colspan of 999999999 is clamped to the table', () => {
    const doc = readHtml('<table><tr><td colspan="999999999">x</td></tr><tr><td>a</td><td>b</td></tr></table>');
    for (const b of doc.blocks) if (b.kind === 'grid') { expect(b.cols).toBeLessThanOrEqual(2); expect(gridProblems(b)).toEqual([]); }
  });

  const hostile: Record<string, (n: number) => string> = {
    // (unclosed <table> repeated nests tables: extractDocument refuses it as MARKUP_TOO_DEEP first, see markup-depth.test.ts)
    '< without > inside a cell': (n) => `<table><tr><td>${'<'.repeat(n * 10)}</td></tr></table>`,
    'unclosed <script> repeated': (n) => `<p>x</p>${'<script>'.repeat(n)}<table><tr><td>a</td></tr></table>`,
  };
  for (const [name, make] of Object.entries(hostile)) {
    it(`time grows at most 12× from n to 10n: ${name}`, () => {
      const small = make(300);
      const large = make(3_000);
      expect(cpuGrowth(() => readHtml(small), () => readHtml(large), { repeats: 3 })).toBeLessThan(12);
    });
  }
});
