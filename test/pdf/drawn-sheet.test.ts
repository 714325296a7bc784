import { gridText } from '../../schemas/grid.js';
import { describe, expect, it } from 'vitest';
import { layoutSheet, type DRow } from '../../scripts/pdf-fixtures/drawn-sheet.js';
import { readPdfGrid } from '../../extractors/pdf/read-pdf.js';
import { writePdf } from '../../scripts/pdf-fixtures/draw-pdf.js';

/** The drawn-PDF layout the family fixtures are made with: page flow, repeated headers, merged cells cut by a break. */
const rows = (n: number, merged: { text: string; flow?: boolean }): DRow[] => [
  { cells: [{ col: 0, text: '名称' }, { col: 1, text: '指标' }] },
  ...Array.from({ length: n }, (_, k) => ({ cells: [...(k === 0 ? [{ col: 0, text: merged.text, rowSpan: n, flow: merged.flow }] : []), { col: 1, text: `第${k + 1}行` }] })),
];
const sheet = (merged: { text: string; flow?: boolean }, headerRows = 1) =>
  ({ width: 300, height: 300, margin: 20, fontSize: 10, blocks: [{ kind: 'grid' as const, widths: [60, 200], rows: rows(30, merged), headerRows }] });
const pageText = (texts: readonly { text: string }[]) => texts.map((t) => t.text).join('|');

describe('layoutSheet', () => {
  it('flows rows over pages and repeats the header on each', () => {
    const pages = layoutSheet(sheet({ text: '甲' }));
    expect(pages.length).toBeGreaterThan(1);
    for (const p of pages) expect(pageText(p.texts)).toContain('名称');
    const all = pages.map((p) => pageText(p.texts)).join('|');
    for (let k = 1; k <= 30; k++) expect(all).toContain(`第${k}行`);
  });

  it('prints a merged cell cut by a break on its first part only, or flows its lines over the parts', () => {
    const once = layoutSheet(sheet({ text: '甲乙丙丁戊己庚辛壬癸' }));
    expect(pageText(once[0]!.texts)).toContain('甲乙丙丁');
    expect(pageText(once[1]!.texts)).not.toContain('甲');
    const long = '子丑寅卯辰巳午未申酉戌亥'.repeat(20);
    const flowed = layoutSheet(sheet({ text: long, flow: true }));
    const first = pageText(flowed[0]!.texts);
    const second = pageText(flowed[1]!.texts);
    expect(first).toContain('子丑寅卯');
    expect(second).toMatch(/[子丑寅卯辰巳午未申酉戌亥]{5}/);
  });

  it('writes a PDF the reader opens, with the drawn text', async () => {
    const r = await readPdfGrid(writePdf(layoutSheet(sheet({ text: '甲' }))));
    expect(r.errors).toEqual([]);
    expect(gridText(r.grid)).toContain('第30行');
  });
});
