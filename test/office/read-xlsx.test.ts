import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { readXlsx } from '../../extractors/office/read-xlsx.js';
import { extractDocument } from '../../pipeline/extract-document.js';
import { gridProblems, type Block, type GridBlock, type GridDocument } from '../../schemas/grid.js';

/** Small workbooks built here, each showing one rule of the .xlsx front end. */
async function workbook(build: (wb: ExcelJS.Workbook) => void): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  build(wb);
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

async function read(bytes: Uint8Array): Promise<GridDocument> {
  const r = await readXlsx(bytes);
  if (r.kind === 'error') throw new Error(r.message);
  for (const b of r.doc.blocks) if (b.kind === 'grid') expect(gridProblems(b)).toEqual([]);
  return r.doc;
}

const grids = (doc: GridDocument): GridBlock[] => doc.blocks.filter((b): b is GridBlock => b.kind === 'grid');
const texts = (g: GridBlock): string[][] => {
  const out = Array.from({ length: g.rows }, () => [] as string[]);
  for (const c of g.cells) out[c.row]!.push(c.text);
  return out;
};
const lines = (doc: GridDocument): string[] => doc.blocks.flatMap((b: Block) => (b.kind === 'line' ? [b.text] : []));

describe('readXlsx', () => {
  it('merged cells are spans, placed once at their top-left, with sheet and A1 reference', async () => {
    const doc = await read(await workbook((wb) => {
      const ws = wb.addWorksheet('自评表');
      ws.getCell('A1').value = '一级指标'; ws.getCell('B1').value = '二级指标'; ws.getCell('C1').value = '三级指标';
      ws.getCell('A2').value = '产出指标'; ws.mergeCells('A2:A4');
      ws.getCell('B2').value = '数量指标'; ws.mergeCells('B2:B3');
      ws.getCell('C2').value = '甲'; ws.getCell('C3').value = '乙'; ws.getCell('B4').value = '质量指标'; ws.getCell('C4').value = '丙';
    }));
    const [g] = grids(doc);
    expect(g).toMatchObject({ rows: 4, cols: 3, spans: 'drawn' });
    expect(g!.cells.find((c) => c.text === '产出指标')).toMatchObject({ row: 1, col: 0, rowSpan: 3, colSpan: 1, places: [{ kind: 'office', sheet: '自评表', ref: 'A2' }] });
    expect(g!.cells.find((c) => c.text === '数量指标')).toMatchObject({ row: 1, col: 1, rowSpan: 2 });
    expect(texts(g!)).toEqual([['一级指标', '二级指标', '三级指标'], ['产出指标', '数量指标', '甲'], ['乙'], ['质量指标', '丙']]);
  });

  it('hidden rows, columns and sheets are not read; a merge over a hidden row shrinks', async () => {
    const doc = await read(await workbook((wb) => {
      const ws = wb.addWorksheet('shown');
      ws.addRow(['名称', '秘密', '值']); ws.addRow(['甲', 'x', '1']); ws.addRow(['隐藏行', 'y', '2']); ws.addRow(['乙', 'z', '3']);
      ws.getCell('D1').value = '合并'; ws.mergeCells('D1:D4');
      ws.getRow(3).hidden = true;
      ws.getColumn(2).hidden = true;
      wb.addWorksheet('hidden', { state: 'hidden' }).addRow(['不该读到']);
      wb.addWorksheet('very', { state: 'veryHidden' }).addRow(['也不该读到']);
    }));
    expect(grids(doc)).toHaveLength(1);
    const g = grids(doc)[0]!;
    expect(texts(g)).toEqual([['名称', '值', '合并'], ['甲', '1'], ['乙', '3']]);
    expect(g.cells.find((c) => c.text === '合并')).toMatchObject({ rowSpan: 3 });
    expect(JSON.stringify(doc)).not.toMatch(/隐藏行|秘密|不该读到/);
  });

  it('values as the workbook displays them: percent, thousands, fixed decimals, dates, formulas, rich text', async () => {
    const doc = await read(await workbook((wb) => {
      const ws = wb.addWorksheet('s');
      const put = (ref: string, value: ExcelJS.CellValue, numFmt?: string) => { const c = ws.getCell(ref); c.value = value; if (numFmt) c.style = { ...c.style, numFmt }; };
      put('A1', '执行率'); put('B1', 0.983, '0.00%');
      put('A2', '金额'); put('B2', 2977291.1, '#,##0.00');
      put('A3', '分值'); put('B3', 10, '0.00');
      put('A4', '日期'); put('B4', new Date(Date.UTC(2023, 2, 15)), 'yyyy"年"m"月"d"日"');
      put('A5', '合计'); put('B5', { formula: 'B3*2', result: 20 } as ExcelJS.CellFormulaValue, '0.0');
      put('A6', '说明'); put('B6', { richText: [{ text: '完成率' }, { text: '100%', font: { bold: true } }] });
      put('A7', '通用'); put('B7', 98.3);
    }));
    expect(texts(grids(doc)[0]!).map((r) => r[1])).toEqual(['98.30%', '2,977,291.10', '10.00', '2023年3月15日', '20.0', '完成率100%', '98.3']);
  });

  it('tables apart on one sheet: split on empty rows and on empty columns; single-cell rows above a grid are lines', async () => {
    const doc = await read(await workbook((wb) => {
      const ws = wb.addWorksheet('s');
      ws.getCell('A1').value = '第一张表'; ws.mergeCells('A1:C1');
      ws.getCell('A2').value = '(2023年度)'; ws.mergeCells('A2:C2');
      ws.getRow(3).values = ['a', 'b', 'c'];
      ws.getRow(4).values = ['d', 'e', 'f'];
      // two empty rows, then two tables side by side with an empty column D between them
      ws.getRow(7).values = ['g', 'h', 'i', null, 'p', 'q'];
      ws.getRow(8).values = ['j', 'k', 'l', null, 'r', 's'];
    }));
    expect(lines(doc)).toEqual(['第一张表', '(2023年度)']);
    expect(grids(doc).map(texts)).toEqual([[['a', 'b', 'c'], ['d', 'e', 'f']], [['g', 'h', 'i'], ['j', 'k', 'l']], [['p', 'q'], ['r', 's']]]);
    expect(doc.blocks.map((b) => b.kind)).toEqual(['line', 'line', 'grid', 'grid', 'grid']);
    expect(grids(doc)[2]!.cells[0]!.places[0]).toEqual({ kind: 'office', sheet: 's', ref: 'E7' });
  });

  it('an empty row or column drawn with borders is part of its table, not a gap between tables', async () => {
    const doc = await read(await workbook((wb) => {
      const ws = wb.addWorksheet('s');
      ws.getRow(1).values = ['名称', null, '值'];
      ws.getRow(3).values = ['甲', null, '1'];
      const thin = { style: 'thin' as const };
      for (let r = 1; r <= 3; r++) for (let c = 1; c <= 3; c++) ws.getCell(r, c).border = { top: thin, left: thin, bottom: thin, right: thin };
    }));
    expect(grids(doc).map((g) => [g.rows, g.cols])).toEqual([[3, 3]]);
  });

  it('one table per sheet, in sheet order; empty cells inside the range are cells too', async () => {
    const doc = await read(await workbook((wb) => {
      wb.addWorksheet('一').addRows([['x', 'y'], ['', 'z'], ['u', 'v']]);
      wb.addWorksheet('二').addRows([['z', 'w']]);
    }));
    expect(grids(doc).map((g) => [g.rows, g.cols, g.cells.length])).toEqual([[3, 2, 6], [1, 2, 2]]);
    expect(grids(doc)[1]!.cells[0]!.places[0]).toMatchObject({ sheet: '二', ref: 'A1' });
  });

  it('a zip bomb is refused from its declared sizes before exceljs inflates it', async () => {
    const { strToU8, zipSync } = await import('fflate');
    const bomb = zipSync({ 'xl/workbook.xml': strToU8('<workbook/>'), 'xl/worksheets/sheet1.xml': new Uint8Array(70 * 1024 * 1024) }, { level: 9 });
    expect(bomb.length).toBeLessThan(2 * 1024 * 1024);
    const doc = await extractDocument(bomb, { file: 'bomb.xlsx' });
    expect(doc.errors.map((e) => e.code)).toEqual(['OFFICE_CORRUPT']);
    expect(doc.errors[0]!.message).toContain('MiB');
  });

  it('a damaged workbook is OFFICE_CORRUPT naming the file, not a crash', async () => {
    const good = await workbook((wb) => { wb.addWorksheet('s').addRow(['a']); });
    const cut = good.subarray(0, Math.floor(good.length / 2));
    const doc = await extractDocument(cut, { file: 'cut.xlsx' });
    expect(doc.errors.map((e) => e.code)).toEqual(['OFFICE_CORRUPT']);
    expect(doc.errors[0]!.source?.file).toBe('cut.xlsx');
  });
});
