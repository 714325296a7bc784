import { describe, expect, it } from 'vitest';
import { readPdfGrid } from '../../extractors/pdf/read-pdf.js';
import { foldCell } from '../../normalizers/fold-cell.js';
import { toYuan } from '../../normalizers/money.js';
import { parseRate } from '../../normalizers/parse-rate.js';
import { expectedGrid } from '../../scripts/pdf-fixtures/expected-grid.js';
import { printAmount, printRate, printText } from '../../scripts/pdf-fixtures/print-values.js';
import { kangxiLookalikes, PdfFile } from '../../scripts/pdf-fixtures/rewrite-pdf.js';
import { PartBuilder, type SheetSpec } from '../../scripts/pdf-fixtures/sheet-model.js';
import { pdfBytes } from './fixture-files.js';

/** The fixture generator prints what the records say, in forms CONVENTIONS.md folds back exactly. */
describe('printed values fold back to the record', () => {
  it('amounts, in 万元 and 元', () => {
    for (const yuan of [443200, 4800, 180000, 2977291.16, 5532462, 3198487.5, 0, 15, 100000000]) {
      for (const unit of ['元', '万元'] as const) {
        const printed = printAmount(yuan, unit);
        const back = toYuan(printed, unit);
        expect(back.kind === 'number' && back.value, `${yuan} ${unit} printed ${printed}`).toBe(yuan);
      }
    }
    expect(printAmount(443200, '万元')).toBe('44.32');
    expect(printAmount(2977291.16, '元')).toBe('2,977,291.16');
    expect(printAmount(null, '元')).toBe('');
  });
  it('rates', () => {
    for (const rate of [0.983, 1, 0, 0.48, 0.9977, 0.975]) {
      const back = parseRate(printRate(rate));
      expect(back.kind === 'number' && back.value, printRate(rate)).toBeCloseTo(rate, 12);
    }
    expect(printRate(0.983)).toBe('98.3%');
    expect(printRate(0.983, 2)).toBe('98.30%');
  });
  it('text: full-width punctuation next to CJK folds back', () => {
    for (const t of ['其中:当年财政拨款', '上海市闵行区江川路街道(汇总)', '资金来源:(1)财政拨款', '完成率100%', 'a, b']) {
      expect(foldCell(printText(t)).text).toBe(t);
    }
    expect(printText('其中:当年财政拨款')).toBe('其中：当年财政拨款');
  });
});

describe('expectedGrid', () => {
  it('counts only the column boundaries some border touches', () => {
    const grid = new PartBuilder('grid')
      .cell(0, '项目名称', { colSpan: 2 }).cell(2, '甲', { colSpan: 2 }).nextRow()
      .cell(0, '产出', { rowSpan: 2, colSpan: 2 }).cell(2, 'x').cell(3, 'y').nextRow()
      .cell(2, 'z').cell(3, 'w').nextRow()
      .build();
    const spec = { tables: [{ record: {} as never, parts: [new PartBuilder('title').cell(0, '标题', { colSpan: 4 }).nextRow().build(), grid] }] } as unknown as SheetSpec;
    const g = expectedGrid(spec);
    expect(g.lines).toEqual(['标题']);
    // boundaries 0, 2, 3, 4 are drawn; 1 is never touched
    expect(g.tables[0]!.map((r) => r.map((c) => `${c.index}+${c.colSpan}v${c.rowSpan}`))).toEqual([['0+1v1', '1+2v1'], ['0+1v2', '1+1v1', '2+1v1'], ['1+1v1', '2+1v1']]);
  });
});

describe('rewrite-pdf', () => {
  it('parse → serialize keeps the file readable and the same', async () => {
    const original = pdfBytes('unmerged-labels-wanyuan');
    const again = PdfFile.parse(original).serialize();
    const [a, b] = await Promise.all([readPdfGrid(original), readPdfGrid(new Uint8Array(again))]);
    expect(b.errors).toEqual([]);
    expect(b.grid).toEqual(a.grid);
  });
  it('knows the Kangxi look-alike of an ideograph', () => {
    expect(String.fromCodePoint(kangxiLookalikes().get('目'.codePointAt(0)!)!)).toBe('⽬');
  });
});
