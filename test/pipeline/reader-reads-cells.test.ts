import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * Issue 7: nothing after the front ends reads a layout tag or re-cuts a raw source line — the
 * reader reads cells. Where `pipeline/` still does (layout text compensated in the reader), the
 * places are listed here; the list may only shrink: a new file that reads `.layout` or slices a
 * row's raw `text`, or more such lines in a listed file, fails this test. Target: an empty list.
 */
const STILL_READING_LAYOUT: Readonly<Record<string, number>> = {
  'centred-rows.ts': 3, // wrapped cells centred on their row (layout text)
  'funds.ts': 2, // funds amounts aligned by nearness in layout text
  'goals.ts': 3, // the two goal columns cut at one character position
  'merge-wrapped-lines.ts': 2,
  'parse-table.ts': 1, // a free line inside the indicator block
  'norm-cell.ts': 2, // carries the tag
  'rows-of-grid.ts': 2, // sets it from the grid (line blocks are 'single', grid rows 'grid')
};
const STILL_RECUTTING_LINES: Readonly<Record<string, number>> = {
  'goals.ts': 5, // the goal columns cut by character position
  'norm-cell.ts': 1, // carries the line's text
};

const PIPELINE = join(import.meta.dirname, '..', '..', 'pipeline');
const count = (re: RegExp) => Object.fromEntries(readdirSync(PIPELINE).filter((f) => f.endsWith('.ts')).map((f) => {
  const lines = readFileSync(join(PIPELINE, f), 'utf8').split('\n').filter((l) => !/^\s*(\/\/|\*|\/\*)/.test(l));
  return [f, lines.filter((l) => re.test(l)).length] as const;
}).filter(([, n]) => n > 0));

describe('the reader reads cells, not lines (issue 7 ratchet)', () => {
  it('reads a layout tag only where it is still listed, and no more often', () => {
    const found = count(/\.layout\b|layout: '/);
    for (const [file, n] of Object.entries(found)) expect(n, `pipeline/${file} reads row.layout`).toBeLessThanOrEqual(STILL_READING_LAYOUT[file] ?? 0);
  });
  it('re-cuts a row\'s raw source line only where it is still listed', () => {
    const found = count(/\b(row|header)\.text\b|\br\.text(\.slice|\.length|\[)/);
    for (const [file, n] of Object.entries(found)) expect(n, `pipeline/${file} reads a raw line`).toBeLessThanOrEqual(STILL_RECUTTING_LINES[file] ?? 0);
  });
});
