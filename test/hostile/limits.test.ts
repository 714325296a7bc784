import { describe, expect, it } from 'vitest';
import { boundText, TEXT_LIMITS } from '../../pipeline/bound-text.js';
import { extractDocument } from '../../pipeline/extract-document.js';
import { decimalInRange, parseDecimal } from '../../normalizers/decimal.js';
import { toYuan } from '../../normalizers/money.js';
import { parseNumber } from '../../normalizers/parse-number.js';
import { parseRate } from '../../normalizers/parse-rate.js';
import { parseValue } from '../../normalizers/normalize-value.js';
import { tallTable } from '../../scripts/hostile/corpus.js';
import { cpuGrowth } from './growth.js';

const utf8 = (s: string) => new TextEncoder().encode(s);

describe('numbers too large for a record', () => {
  it('the limit is 10^15 in magnitude, decided on the exact digits', () => {
    expect(decimalInRange(parseDecimal('999999999999999.99')!)).toBe(true);
    expect(decimalInRange(parseDecimal('-999999999999999')!)).toBe(true);
    expect(decimalInRange(parseDecimal('1000000000000000')!)).toBe(false);
    expect(decimalInRange(parseDecimal('-1000000000000000.0')!)).toBe(false);
    expect(decimalInRange(parseDecimal('9'.repeat(400))!)).toBe(false);
  });

  it('numbers, amounts after the 万元 shift and rates beyond it are out_of_range, never Infinity', () => {
    expect(parseNumber('9'.repeat(400))).toEqual({ kind: 'out_of_range', text: '9'.repeat(400) });
    expect(parseNumber('12.5')).toMatchObject({ kind: 'number', value: 12.5 });
    expect(toYuan('100000000000', '万元').kind).toBe('out_of_range'); // 10^11 万元 = 10^15 元
    expect(toYuan('99999999999', '万元')).toMatchObject({ kind: 'number', value: 999999999990000 });
    expect(parseRate(`${'9'.repeat(30)}%`).kind).toBe('out_of_range');
    expect(parseValue(`≥${'9'.repeat(400)}%`)).toEqual({ comparator: '≥', value: null, value_max: null, unit: '%' });
  });
});

describe('undecodable bytes are reported, whatever the encoding', () => {
  it('UTF-8 with a BOM and UTF-16 with corrupt bytes get TEXT_UNDECODABLE (as UTF-8 and GB18030 do); clean text does not', async () => {
    const table = tallTable(5);
    const codes = async (bytes: Uint8Array) => (await extractDocument(bytes, { file: 'x.txt' })).findings?.map((f) => f.code) ?? [];
    const utf8Bom = new Uint8Array([0xef, 0xbb, 0xbf, ...utf8(table.slice(0, 30)), 0xff, ...utf8(table.slice(30))]);
    expect(await codes(utf8Bom)).toEqual(['TEXT_UNDECODABLE']);
    const utf16 = new Uint8Array([0xff, 0xfe, ...new Uint8Array(new Uint16Array([...table].map((c) => c.charCodeAt(0))).buffer)]);
    expect(await codes(utf16)).toEqual([]);
    const broken = utf16.slice(); broken.set([0x00, 0xdc], 40); // a lone low surrogate
    expect(await codes(broken)).toEqual(['TEXT_UNDECODABLE']);
    expect(await codes(utf8(table))).toEqual([]);
  });
});

describe('documented limits of one text document', () => {
  it('a line with more cells than the limit is cut there, with a finding on its line; later lines stay', () => {
    const text = `a|b|c|d|e|f\nnext line\n`;
    const out = boundText(text, 'x.txt', { ...TEXT_LIMITS, maxCellsPerLine: 3 });
    expect(out.text).toBe('a|b|c\nnext line\n');
    expect(out.findings).toHaveLength(1);
    expect(out.findings[0]).toMatchObject({ code: 'TABLE_TRUNCATED', source: { file: 'x.txt', line: 1, column: 6 } });
  });

  it('reading stops after the line and cell limits of the document', () => {
    const lines = Array.from({ length: 10 }, (_, i) => `l${i}\tx`).join('\n');
    const byLines = boundText(lines, 'x.txt', { ...TEXT_LIMITS, maxLines: 4 });
    expect(byLines.text).toBe('l0\tx\nl1\tx\nl2\tx\nl3\tx\n');
    expect(byLines.findings[0]!.message).toMatch(/4 lines; text from line 5 on is not read/);
    const byCells = boundText(lines, 'x.txt', { ...TEXT_LIMITS, maxCells: 6 });
    expect(byCells.text).toBe('l0\tx\nl1\tx\nl2\tx\nl3\tx\n');
    expect(boundText('<table><tr><td>1</td><td>2</td><td>3</td></tr></table>', 'x.html', { ...TEXT_LIMITS, maxCells: 2 }).text).toBe('<table><tr><td>1</td><td>2</td>');
  });

  it('a text inside every limit is untouched and gets no finding', () => {
    const text = tallTable(50);
    expect(boundText(text, 'x.txt')).toEqual({ text, findings: [] });
  });

  it('a 10 MB line of | is cut to 500 cells with a finding (it took 28 s and 2.7 GB before)', async () => {
    const doc = await extractDocument(utf8('|'.repeat(10 * 2 ** 20)), { file: 'pipes.txt' });
    expect(doc.errors.map((e) => e.code)).toEqual(['NO_TABLE_FOUND']);
    expect(doc.findings?.map((f) => f.code)).toEqual(['TABLE_TRUNCATED']);
  });
});

describe('extraction time grows linearly in a table\'s rows', () => {
  it('n = 200 → 2,000 indicator rows, a label on every row: at most 12× the CPU time', async () => {
    const small = utf8(tallTable(200));
    const large = utf8(tallTable(2000));
    // extractDocument is async only for PDFs; a text document is extracted synchronously
    const check = (d: Uint8Array) => () => { void extractDocument(d, { file: 'tall.txt' }); };
    const first = await extractDocument(large, { file: 'tall.txt' });
    expect(first.tables[0]!.indicators).toHaveLength(2000);
    expect(cpuGrowth(check(small), check(large), { repeats: 3 })).toBeLessThan(12);
  });
});
