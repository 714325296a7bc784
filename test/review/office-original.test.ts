import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { loadSheets } from '../../review/load-sheets.js';
import { renderDocumentPage } from '../../review/render-document.js';
import { cli } from '../store/cli.js';
import { useTmpDir } from '../store/tmp-dir.js';
import { document, indicator, table } from './make-record.js';

const tmp = useTmpDir();

async function workbook(): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('自评表');
  ws.getCell('A1').value = '项目支出绩效自评表';
  ws.mergeCells('A1:D1');
  ws.getCell('A2').value = '产出指标';
  ws.mergeCells('A2:A3');
  ws.getCell('B2').value = '培训人数';
  ws.getCell('C2').value = '≥90%';
  ws.getCell('D2').value = 10;
  ws.getCell('B3').value = '合格率';
  ws.getCell('D3').value = 9.5;
  return Buffer.from(await wb.xlsx.writeBuffer());
}

describe('Office originals: the sheet as a grid', () => {
  it('reads a workbook into rows of cells with merged ranges as one spanning cell', async () => {
    const [sheet] = await loadSheets(await workbook());
    expect(sheet!.name).toBe('自评表');
    expect(sheet!.clipped).toBe(false);
    expect(sheet!.rows[0]).toEqual([{ ref: 'A1', text: '项目支出绩效自评表', rowSpan: 1, colSpan: 4 }]);
    expect(sheet!.rows[1]!.map((c) => [c.ref, c.text, c.rowSpan])).toEqual([['A2', '产出指标', 2], ['B2', '培训人数', 1], ['C2', '≥90%', 1], ['D2', '10', 1]]);
    expect(sheet!.rows[2]!.map((c) => c.ref)).toEqual(['B3', 'C3', 'D3']); // A3 is under the merge
  });

  it('links a value placed by sheet and reference to that cell of the grid', async () => {
    const sheets = await loadSheets(await workbook());
    const doc = document('/a/book.xlsx', 'e'.repeat(64), [table('甲项目', {
      funds: [], indicators: [indicator('合格率', { source: { file: 'book.xlsx', line: null, column: null, sheet: '自评表', ref: 'B3' } })],
    })]);
    const html = renderDocumentPage({ id: 'x', document: doc, original: { kind: 'sheets', sheets }, corrections: [], verified: new Map() }, { served: false });
    const p = /<td class="box-cell" data-p="(p\d+)" title="B3">合格率<\/td>/.exec(html)?.[1];
    expect(p).toBeDefined();
    expect(html).toContain(`<span class="v" tabindex="0" data-p="${p}"`);
  });

  it('jixiao review shows an .xlsx as its sheet even before Office files are extracted', async () => {
    const dir = tmp();
    const file = join(dir, 'book.xlsx');
    const { writeFileSync } = await import('node:fs');
    writeFileSync(file, await workbook());
    const r = cli(['review', file, '--out', join(dir, 'site')]);
    expect([0, 1]).toContain(r.status); // read as an Office file now (NO_TABLE_FOUND for this bare sheet); the page is written either way
    const { createHash } = await import('node:crypto');
    const sha = createHash('sha256').update(readFileSync(file)).digest('hex');
    const html = readFileSync(join(dir, 'site', `doc-${sha.slice(0, 16)}.html`), 'utf8');
    expect(html).toContain('<td colspan="4" title="A1">项目支出绩效自评表</td>');
  });
});

describe('Office front ends\' grids as the review page\'s grids', () => {
  it('keeps spans and names each cell by its Office reference, docx tables without a sheet', async () => {
    const { sheetsFromGrid } = await import('../../review/sheets-from-grid.js');
    const place = (ref: string, sheet: string | null) => [{ kind: 'office' as const, sheet, ref }];
    const sheets = sheetsFromGrid({ blocks: [
      { kind: 'line', text: '标题', place: { kind: 'office', sheet: null, ref: 'P1' } },
      { kind: 'grid', spans: 'drawn', rows: 2, cols: 2, cells: [
        { row: 0, col: 0, rowSpan: 1, colSpan: 2, text: '项目名称', places: place('T1R1C1', null) },
        { row: 1, col: 0, rowSpan: 1, colSpan: 1, text: '分值', places: place('T1R2C1', null) },
        { row: 1, col: 1, rowSpan: 1, colSpan: 1, text: '10', places: place('T1R2C2', null) },
      ] },
    ] });
    expect(sheets).toEqual([{ name: null, clipped: false, rows: [
      [{ ref: 'T1R1C1', text: '项目名称', rowSpan: 1, colSpan: 2 }],
      [{ ref: 'T1R2C1', text: '分值', rowSpan: 1, colSpan: 1 }, { ref: 'T1R2C2', text: '10', rowSpan: 1, colSpan: 1 }],
    ] }]);
    // a docx value placed at T1R2C2 (sheet null) lights up that cell
    const doc = document('/a/b.docx', 'd'.repeat(64), [table('甲项目', {
      funds: [], indicators: [indicator('合格率', { weight: 10, source: { file: 'b.docx', line: null, column: null, sheet: null, ref: 'T1R2C2' } })],
    })]);
    const html = renderDocumentPage({ id: 'x', document: doc, original: { kind: 'sheets', sheets }, corrections: [], verified: new Map() }, { served: false });
    expect(html).toMatch(/<td class="box-cell" data-p="p\d+" title="T1R2C2">10<\/td>/);
  });
});
