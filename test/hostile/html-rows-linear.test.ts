import { describe, expect, it } from 'vitest';
import { extractHtmlRows } from '../../extractors/html-rows.js';
import { mulberry32 } from '../../scripts/generate/prng.js';
import { cpuGrowth } from './growth.js';
import { extractHtmlRows as referenceHtmlRows } from './reference-html-rows.js';

// pieces of real and broken HTML: tables, rows, cells with spans, tags, scripts, entities
const PIECES = [
  '<table>', '<table border="1">', '</table>', '<tr>', '</tr>', '<td>', '<td colspan="2">', '<td rowspan="3">', '<th>', '</td>',
  '<p>', '</p>', '<br>', '<br/>', '<div>', '</div>', '<h2>', '</h2>', '<li>', '</li>', '<span style="x">', '</span>',
  '<script>', '</script>', '<SCRIPT>', '</Script>', '<style>', '</style>', '<', '>', '<<', '&amp;', '&nbsp;', '&#x4e2d;', '&#25991;', '&bogus;',
  '产出指标', '数量指标', '完成率100%', '10', ' ', '\n', 'İ', 'x',
];

describe('HTML rows: linear in the input, the same rows as before', () => {
  it('agrees with the old extractor on 5,000 random fragments (spans small, references valid)', () => {
    const rng = mulberry32(8);
    for (let t = 0; t < 5000; t++) {
      const html = Array.from({ length: rng.int(1, 40) }, () => rng.pick(PIECES)).join('');
      expect(extractHtmlRows(html), JSON.stringify(html)).toEqual(referenceHtmlRows(html));
    }
  });

  it('numeric references to no character read as U+FFFD instead of throwing', () => {
    const rows = extractHtmlRows('<table><tr><td>&#99999999;</td><td>&#x110000;</td><td>&#20013;</td></tr></table>');
    expect(rows[0]!.cells.map((c) => c.text)).toEqual(['\ufffd', '\ufffd', '中']);
  });

  const hostile: Record<string, (n: number) => string> = {
    'unclosed <table> repeated': (n) => '<table><td>x'.repeat(n),
    '< without > inside a cell': (n) => `<table><tr><td>${'<'.repeat(n * 10)}</td></tr></table>`,
    'unclosed <script> repeated': (n) => `<p>x</p>${'<script>'.repeat(n)}<table><tr><td>a</td></tr></table>`,
  };
  for (const [name, make] of Object.entries(hostile)) {
    it(`time grows at most 12× from n to 10n: ${name}`, () => {
      const small = make(3000);
      const large = make(30_000);
      expect(cpuGrowth(() => extractHtmlRows(small), () => extractHtmlRows(large), { repeats: 3 })).toBeLessThan(12);
    });
  }
});
