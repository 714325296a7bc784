import { describe, expect, it } from 'vitest';
import { readHtml } from '../../extractors/html/read-html.js';
import { htmlOfMht, looksLikeMht } from '../../extractors/html/read-mht.js';
import { extractDocument } from '../../pipeline/extract-document.js';
import { gridProblems, type GridBlock, type GridDocument } from '../../schemas/grid.js';

/** Small pages written here, each showing one rule of the HTML front end. */
function read(html: string): GridDocument {
  const doc = readHtml(html);
  for (const b of doc.blocks) if (b.kind === 'grid') expect(gridProblems(b)).toEqual([]);
  return doc;
}
const grids = (doc: GridDocument): GridBlock[] => doc.blocks.filter((b): b is GridBlock => b.kind === 'grid');
const shape = (doc: GridDocument): string[] => doc.blocks.map((b) => (b.kind === 'line' ? b.text : `grid ${b.rows}x${b.cols}`));

describe('readHtml', () => {
  it('decodes every named and numeric entity', () => {
    const doc = read('<p>&ldquo;两新&rdquo;组织&middot;覆盖&mdash;率 &ge;90&#37; &#x4E00;&#19968; A&amp;B &lt;x&gt; a&nbsp;b &hellip;</p>');
    expect(doc.blocks[0]).toMatchObject({ kind: 'line', text: '“两新”组织·覆盖—率 ≥90% 一一 A&B <x> a b …' });
  });

  it('rowspan/colspan are spans; a cell is placed after the cells spanning down into its row', () => {
    const [g] = grids(read('<table><tr><td rowspan="2">产出指标</td><td colspan="2">数量</td></tr><tr><td>甲</td><td>乙</td></tr></table>'));
    expect(g).toMatchObject({ rows: 2, cols: 3 });
    expect(g!.cells.map((c) => [c.text, c.row, c.col, c.rowSpan, c.colSpan])).toEqual([
      ['产出指标', 0, 0, 2, 1], ['数量', 0, 1, 1, 2], ['甲', 1, 1, 1, 1], ['乙', 1, 2, 1, 1],
    ]);
  });

  it('hostile spans are clamped to the table\'s real size and cost nothing', () => {
    const [w] = grids(read('<table><tr><td>a</td><td>b</td></tr><tr><td colspan="999999999">x</td></tr><tr><td>c</td><td>d</td></tr></table>'));
    expect(w).toMatchObject({ rows: 3, cols: 2 });
    expect(w!.cells.find((c) => c.text === 'x')).toMatchObject({ colSpan: 2, rowSpan: 1 });
    // every row spanning "everything": the lattice is at most one column per cell, rows stop at the table's end
    const rows = Array.from({ length: 50 }, (_, k) => `<tr><td colspan="999999999" rowspan="999999999">${k}</td><td colspan="1000">x</td></tr>`).join('');
    const [g] = grids(read(`<table><tr><td>a</td><td>b</td></tr>${rows}</table>`));
    expect(g!.rows).toBe(51);
    expect(g!.cols).toBeLessThanOrEqual(g!.cells.length);
    for (const c of g!.cells) expect(c.row + c.rowSpan).toBeLessThanOrEqual(51);
    // rowspan="0" reaches the last row of the table
    const [z] = grids(read('<table><tr><td rowspan="0">a</td><td>b</td></tr><tr><td>c</td></tr><tr><td>d</td></tr></table>'));
    expect(z!.cells[0]).toMatchObject({ text: 'a', rowSpan: 3 });
  });

  it('<br> and block elements break lines in a cell; whitespace runs fold', () => {
    const [g] = grids(read('<table><tr><td>第一行<br>第二行<p>第三\n   行</p></td><td>  a   b  </td></tr></table>'));
    expect(g!.cells.map((c) => c.text)).toEqual(['第一行\n第二行\n第三 行', 'a b']);
  });

  it('text around tables is line blocks, in order, with line and column; head, script, style and hidden rows are not read', () => {
    const html = '<html><head><title>页</title><style>td{}</style></head><body>\n<h2>财政项目支出绩效自评表</h2>\n<p>（2023年度）</p><script>var x="<td>";</script>\n<table><caption>表1</caption><tr><td>a</td><td>b</td></tr><tr style="display:none"><td>隐藏</td><td>行</td></tr></table>\n说明文字<br>第二句\n</body></html>';
    const doc = read(html);
    expect(shape(doc)).toEqual(['财政项目支出绩效自评表', '（2023年度）', '表1', 'grid 1x2', '说明文字', '第二句']);
    expect(doc.blocks[0]).toMatchObject({ place: { kind: 'text', line: 2 } });
    expect(grids(doc)[0]!.cells[0]!.places[0]).toMatchObject({ kind: 'text', line: 4 });
  });

  it('nested tables: a one-column layout frame dissolves; a table inside a data cell follows its table', () => {
    const inner = '<table><tr><td>一级指标</td><td>二级指标</td></tr><tr><td>产出指标</td><td>数量指标</td></tr></table>';
    expect(shape(read(`<table><tr><td>标题</td></tr><tr><td>${inner}</td></tr></table>`))).toEqual(['标题', 'grid 2x2']);
    expect(shape(read(`<table><tr><td>说明</td><td>${inner}</td></tr></table>`))).toEqual(['grid 1x2', 'grid 2x2']);
  });

  it('unclosed cells and rows (as old pages write them) still make a grid', () => {
    const [g] = grids(read('<table><tr><td>a<td>b<tr><td>c<td>d</table>'));
    expect(g!.cells.map((c) => [c.text, c.row, c.col])).toEqual([['a', 0, 0], ['b', 0, 1], ['c', 1, 0], ['d', 1, 1]]);
  });
});

describe('MHT (single-file web archive)', () => {
  const html = '<html><body><table><tr><td>“绩效”</td><td>≥90%</td></tr></table></body></html>';
  it('reads the text/html part in quoted-printable', () => {
    const qp = [...new TextEncoder().encode(html)].map((b) => (b > 126 || b === 61 ? `=${b.toString(16).toUpperCase()}` : String.fromCharCode(b))).join('');
    const soft = qp.slice(0, 40) + '=\r\n' + qp.slice(40);
    const mht = `MIME-Version: 1.0\r\nContent-Type: multipart/related;\r\n\tboundary="B"\r\n\r\n--B\r\nContent-Type: text/html; charset="utf-8"\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\n${soft}\r\n--B--\r\n`;
    expect(looksLikeMht(mht)).toBe(true);
    expect(htmlOfMht(mht)?.html.trim()).toBe(html);
  });
  it('reads a base64 part in GB2312', () => {
    const gb = Buffer.from([0xbc, 0xa8, 0xd0, 0xa7]); // 绩效 in GB2312
    const mht = `MIME-Version: 1.0\nContent-Type: multipart/related; boundary=XX\n\n--XX\nContent-Type: image/png\nContent-Transfer-Encoding: base64\n\nAAAA\n--XX\nContent-Type: text/html; charset=gb2312\nContent-Transfer-Encoding: base64\n\n${gb.toString('base64')}\n--XX--\n`;
    expect(htmlOfMht(mht)?.html).toBe('绩效');
  });
  it('a plain HTML page is not taken for MHT', () => {
    expect(looksLikeMht('<html><body>MIME-Version: 1.0</body></html>')).toBe(false);
  });
});

describe('HTML through extractDocument', () => {
  it('is format html; a page with no evaluation table is NO_TABLE_FOUND', async () => {
    const doc = await extractDocument(new TextEncoder().encode('<!DOCTYPE html><html><body><p>通知</p></body></html>'), { file: 'n.html' });
    expect(doc.format).toBe('html');
    expect(doc.errors.map((e) => e.code)).toEqual(['NO_TABLE_FOUND']);
  });
});
