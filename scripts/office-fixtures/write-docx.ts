import { strToU8, zipSync } from 'fflate';
import { placeSheet } from '../pdf-fixtures/place-sheet.js';
import type { SheetCell, SheetPart, SheetSpec } from '../pdf-fixtures/sheet-model.js';

/**
 * The spec as a .docx, the way a clerk builds the table in Word/WPS: title lines as centred
 * paragraphs, each grid as a w:tbl on the sheet's column grid, merged cells as `w:gridSpan`
 * (across) and `w:vMerge` restart/continue (down), a cell's lines as paragraphs of the cell.
 * A minimal OOXML package written by hand (the parts Word needs), zipped with fflate.
 */
export function writeDocx(spec: SheetSpec): Uint8Array {
  const body: string[] = [];
  const placement = placeSheet(spec);
  placement.parts.forEach(({ part, table }, k) => {
    const prev = placement.parts[k - 1];
    if (prev && prev.table !== table) body.push(spec.pageBreakBetweenTables ? '<w:p><w:r><w:br w:type="page"/></w:r></w:p>' : '<w:p/>');
    if (part.kind === 'title') body.push(...titleParagraphs(part));
    else body.push(gridTable(part, spec));
  });
  // Word always ends the body with a paragraph (a table cannot be last); LibreOffice's .doc
  // export flattens a last table into text without one
  body.push('<w:p/>');
  const document = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><w:body>${body.join('')}<w:sectPr><w:pgSz w:w="${spec.orientation === 'landscape' ? 16838 : 11906}" w:h="${spec.orientation === 'landscape' ? 11906 : 16838}"${spec.orientation === 'landscape' ? ' w:orient="landscape"' : ''}/><w:pgMar w:top="1000" w:right="800" w:bottom="1000" w:left="800" w:header="500" w:footer="500" w:gutter="0"/></w:sectPr></w:body></w:document>`;
  return zipSync({
    '[Content_Types].xml': strToU8(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>`),
    '_rels/.rels': strToU8(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>`),
    'word/_rels/document.xml.rels': strToU8(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"></Relationships>`),
    'word/document.xml': strToU8(document),
  }, { level: 6, mtime: new Date('2024-01-01T00:00:00Z') });
}

export const escapeXml = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

const run = (text: string, bold = false, size?: number): string =>
  `<w:r>${bold || size ? `<w:rPr>${bold ? '<w:b/>' : ''}${size ? `<w:sz w:val="${size * 2}"/>` : ''}</w:rPr>` : ''}<w:t xml:space="preserve">${escapeXml(text)}</w:t></w:r>`;

function paragraph(text: string, opts: { center?: boolean; bold?: boolean; size?: number } = {}): string {
  return `<w:p>${opts.center ? '<w:pPr><w:jc w:val="center"/></w:pPr>' : ''}${text ? run(text, opts.bold, opts.size) : ''}</w:p>`;
}

function titleParagraphs(part: SheetPart): string[] {
  const out: string[] = [];
  for (let r = 0; r < part.rows; r++) {
    const cells = part.cells.filter((c) => c.row === r);
    const text = cells.map((c) => c.text).join(' ').trim();
    out.push(paragraph(text, { center: cells.some((c) => c.style?.align === 'center'), bold: cells.some((c) => c.style?.bold), size: cells[0]?.style?.size }));
  }
  return out;
}

/** Word's twentieths of a point from Excel's character units (about 7 px, 105 twips, each). */
const twips = (units: number): number => Math.round(units * 105);

function gridTable(part: SheetPart, spec: SheetSpec): string {
  const cols = spec.columns.length;
  const startAt = new Map<string, SheetCell>();
  const coveredBy: (SheetCell | undefined)[][] = Array.from({ length: part.rows }, () => new Array<SheetCell | undefined>(cols));
  for (const c of part.cells) {
    startAt.set(`${c.row},${c.col}`, c);
    for (let r = c.row; r < c.row + c.rowSpan; r++) for (let k = c.col; k < c.col + c.colSpan; k++) coveredBy[r]![k] = c;
  }
  const border = '<w:tblBorders>' + ['top', 'left', 'bottom', 'right', 'insideH', 'insideV'].map((s) => `<w:${s} w:val="single" w:sz="4" w:space="0" w:color="000000"/>`).join('') + '</w:tblBorders>';
  const rows: string[] = [];
  for (let r = 0; r < part.rows; r++) {
    const tcs: string[] = [];
    for (let k = 0; k < cols;) {
      const owner = coveredBy[r]![k];
      if (!owner) { tcs.push(`<w:tc><w:tcPr><w:tcW w:w="${twips(spec.columns[k]!)}" w:type="dxa"/></w:tcPr><w:p/></w:tc>`); k++; continue; }
      const width = twips(spec.columns.slice(owner.col, owner.col + owner.colSpan).reduce((s, w) => s + w, 0));
      const span = owner.colSpan > 1 ? `<w:gridSpan w:val="${owner.colSpan}"/>` : '';
      if (owner.row === r) {
        const merge = owner.rowSpan > 1 ? '<w:vMerge w:val="restart"/>' : '';
        const paras = owner.text.split('\n').map((line) => paragraph(line, { center: owner.style?.align === 'center', bold: owner.style?.bold })).join('');
        tcs.push(`<w:tc><w:tcPr><w:tcW w:w="${width}" w:type="dxa"/>${span}${merge}<w:vAlign w:val="center"/></w:tcPr>${paras}</w:tc>`);
      } else {
        tcs.push(`<w:tc><w:tcPr><w:tcW w:w="${width}" w:type="dxa"/>${span}<w:vMerge/></w:tcPr><w:p/></w:tc>`);
      }
      k = owner.col + owner.colSpan;
    }
    const header = part.headerRow === r && spec.repeatHeader ? '<w:trPr><w:tblHeader/></w:trPr>' : '';
    rows.push(`<w:tr>${header}${tcs.join('')}</w:tr>`);
  }
  const grid = spec.columns.map((w) => `<w:gridCol w:w="${twips(w)}"/>`).join('');
  return `<w:tbl><w:tblPr><w:tblW w:w="0" w:type="auto"/>${border}<w:tblLayout w:type="fixed"/></w:tblPr><w:tblGrid>${grid}</w:tblGrid>${rows.join('')}</w:tbl>`;
}
