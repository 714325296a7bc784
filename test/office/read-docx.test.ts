import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { readDocx } from '../../extractors/office/read-docx.js';
import { gridProblems, type GridBlock, type GridDocument } from '../../schemas/grid.js';

/** Small Word documents written here (document.xml by hand), each showing one rule of the .docx front end. */
const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
const docx = (body: string): Uint8Array => zipSync({
  '[Content_Types].xml': strToU8('<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>'),
  'word/document.xml': strToU8(`<?xml version="1.0" encoding="UTF-8"?><w:document ${W}><w:body>${body}<w:sectPr/></w:body></w:document>`),
});
const p = (...runs: string[]): string => `<w:p>${runs.map((t) => `<w:r><w:t xml:space="preserve">${t}</w:t></w:r>`).join('')}</w:p>`;
const tc = (content: string, props = ''): string => `<w:tc><w:tcPr>${props}</w:tcPr>${content || '<w:p/>'}</w:tc>`;
const tr = (...cells: string[]): string => `<w:tr>${cells.join('')}</w:tr>`;
const tbl = (...rows: string[]): string => `<w:tbl><w:tblPr/><w:tblGrid/>${rows.join('')}</w:tbl>`;
const span = (n: number) => `<w:gridSpan w:val="${n}"/>`;
const restart = '<w:vMerge w:val="restart"/>';
const cont = '<w:vMerge/>';

function read(bytes: Uint8Array): GridDocument {
  const r = readDocx(bytes);
  if (r.kind === 'error') throw new Error(r.message);
  for (const b of r.doc.blocks) if (b.kind === 'grid') expect(gridProblems(b)).toEqual([]);
  return r.doc;
}
const grids = (doc: GridDocument): GridBlock[] => doc.blocks.filter((b): b is GridBlock => b.kind === 'grid');

describe('readDocx', () => {
  it('gridSpan is a column span, vMerge restart/continue a row span; refs T/R/C', () => {
    const doc = read(docx(tbl(
      tr(tc(p('项目名称')), tc(p('社区微更新'), span(2))),
      tr(tc(p('产出指标'), restart), tc(p('数量指标')), tc(p('甲'))),
      tr(tc('', cont), tc(p('质量指标')), tc(p('乙'))),
      tr(tc('', cont), tc(p('时效指标')), tc(p('丙'))),
    )));
    const [g] = grids(doc);
    expect(g).toMatchObject({ rows: 4, cols: 3 });
    expect(g!.cells.find((c) => c.text === '社区微更新')).toMatchObject({ row: 0, col: 1, colSpan: 2, rowSpan: 1 });
    expect(g!.cells.find((c) => c.text === '产出指标')).toMatchObject({ row: 1, col: 0, rowSpan: 3, places: [{ kind: 'office', sheet: null, ref: 'T1R2C1' }] });
    expect(g!.cells.find((c) => c.text === '丙')!.places[0]).toEqual({ kind: 'office', sheet: null, ref: 'T1R4C3' });
    expect(g!.cells).toHaveLength(9);
  });

  it('a continue cell after a restart on a later row starts a new merge; gridBefore skips columns', () => {
    const doc = read(docx(tbl(
      tr(tc(p('a'), restart), tc(p('b'))),
      tr(tc('', cont), tc(p('c'))),
      tr(tc(p('d'), restart), tc(p('e'))),
      tr(tc('', cont), tc(p('f'))),
      `<w:tr><w:trPr><w:gridBefore w:val="1"/></w:trPr>${tc(p('g'))}</w:tr>`,
    )));
    const [g] = grids(doc);
    expect(g!.cells.filter((c) => c.col === 0).map((c) => [c.text, c.row, c.rowSpan])).toEqual([['a', 0, 2], ['d', 2, 2]]);
    expect(g!.cells.find((c) => c.text === 'g')).toMatchObject({ row: 4, col: 1 });
  });

  it('paragraphs of a cell are joined with a line break; tabs and breaks kept; hidden and deleted text left out', () => {
    const doc = read(docx(tbl(tr(
      tc(p('第一段') + p('第二') + '<w:p><w:r><w:t>前</w:t><w:br/><w:t>后</w:t></w:r></w:p>'),
      tc('<w:p><w:r><w:t>可见</w:t></w:r><w:r><w:rPr><w:vanish/></w:rPr><w:t>隐藏</w:t></w:r><w:del><w:r><w:delText>删掉</w:delText></w:r></w:del><w:ins><w:r><w:t>插入</w:t></w:r></w:ins></w:p>'),
    ))));
    expect(grids(doc)[0]!.cells.map((c) => c.text)).toEqual(['第一段\n第二\n前\n后', '可见插入']);
  });

  it('paragraphs around tables are line blocks with their paragraph number', () => {
    const doc = read(docx(p('财政项目支出绩效自评表') + p('（2023年度）') + '<w:p/>' + tbl(tr(tc(p('a')), tc(p('b')))) + p('填报人：张三')));
    expect(doc.blocks.map((b) => (b.kind === 'line' ? [b.text, b.place] : ['grid']))).toEqual([
      ['财政项目支出绩效自评表', { kind: 'office', sheet: null, ref: 'P1' }],
      ['（2023年度）', { kind: 'office', sheet: null, ref: 'P2' }],
      ['grid'],
      ['填报人：张三', { kind: 'office', sheet: null, ref: 'P4' }],
    ]);
  });

  it('nested tables: a one-column frame dissolves into lines and the inner grid; otherwise the inner table follows the outer', () => {
    const inner = tbl(tr(tc(p('一级指标')), tc(p('二级指标'))), tr(tc(p('产出指标')), tc(p('数量指标'))));
    const framed = read(docx(tbl(tr(tc(p('标题'))), tr(tc(inner)), tr(tc(p('注：单位万元'))))));
    expect(framed.blocks.map((b) => (b.kind === 'line' ? b.text : `grid ${b.rows}x${b.cols}`))).toEqual(['标题', 'grid 2x2', '注：单位万元']);
    expect(grids(framed)[0]!.cells[0]!.places[0]).toMatchObject({ ref: 'T2R1C1' });

    const side = read(docx(tbl(tr(tc(p('说明')), tc(inner)))));
    expect(side.blocks.map((b) => (b.kind === 'line' ? b.text : `grid ${b.rows}x${b.cols}`))).toEqual(['grid 1x2', 'grid 2x2']);
  });

  it('content controls around rows and cells are looked through', () => {
    const doc = read(docx(tbl(`<w:sdt><w:sdtContent>${tr(tc(p('a')), `<w:sdt><w:sdtContent>${tc(p('b'))}</w:sdtContent></w:sdt>`)}</w:sdtContent></w:sdt>`)));
    expect(grids(doc)[0]!.cells.map((c) => c.text)).toEqual(['a', 'b']);
  });

  it('entities in the XML are decoded', () => {
    const doc = read(docx(p('A&amp;B &lt;1&gt; &#x4E00;&#19968;')));
    expect(doc.blocks[0]).toMatchObject({ kind: 'line', text: 'A&B <1> 一一' });
  });

  it('a ZIP without word/document.xml, or a zip bomb, is an error, not a crash', () => {
    const r = readDocx(zipSync({ 'other.xml': strToU8('<x/>') }));
    expect(r).toMatchObject({ kind: 'error', message: expect.stringContaining('word/document.xml') });
    // 80 MiB of zeros deflate to ~80 KB: refused from its declared size before inflating
    const bomb = zipSync({ 'word/document.xml': new Uint8Array(80 * 1024 * 1024) }, { level: 9 });
    expect(bomb.length).toBeLessThan(1024 * 1024);
    expect(readDocx(bomb)).toMatchObject({ kind: 'error', message: expect.stringContaining('MiB') });
  });
});
