import { placeSheet } from '../pdf-fixtures/place-sheet.js';
import type { SheetPart, SheetSpec } from '../pdf-fixtures/sheet-model.js';

/**
 * The spec as a saved web page, the way government sites publish these tables: titles as
 * headings and paragraphs, each grid a bordered <table> with rowspan/colspan, a cell's lines
 * joined by <br>, and the punctuation written as named entities (&ldquo; &ge; &middot; …) as
 * site editors produce them, so entity decoding is exercised on every fixture.
 */
export function writeHtml(spec: SheetSpec): string {
  const out: string[] = ['<!DOCTYPE html>', '<html lang="zh-CN"><head><meta charset="utf-8"><title>绩效自评</title>',
    '<style>table{border-collapse:collapse}td{border:1px solid #000}</style></head><body>', '<p>附件</p>'];
  for (const { part } of placeSheet(spec).parts) out.push(part.kind === 'title' ? titleHtml(part) : tableHtml(part));
  out.push('</body></html>', '');
  return out.join('\n');
}

/** Characters written as named entities (what the HTML-to-text step must decode). */
const NAMED: Record<string, string> = {
  '&': '&amp;', '<': '&lt;', '>': '&gt;', '“': '&ldquo;', '”': '&rdquo;', '‘': '&lsquo;', '’': '&rsquo;', '·': '&middot;',
  '—': '&mdash;', '–': '&ndash;', '≥': '&ge;', '≤': '&le;', '…': '&hellip;', '×': '&times;', '、': '&#12289;', '：': '&#xFF1A;',
};
export const escapeHtml = (s: string): string => s.replace(/[&<>“”‘’·—–≥≤…×、：]/g, (c) => NAMED[c] ?? c);

function titleHtml(part: SheetPart): string {
  const lines: string[] = [];
  for (let r = 0; r < part.rows; r++) {
    const cells = part.cells.filter((c) => c.row === r);
    const text = escapeHtml(cells.map((c) => c.text).join(' ').trim());
    lines.push(cells.some((c) => c.style?.bold) ? `<h2 style="text-align:center">${text}</h2>` : `<p style="text-align:center">${text}</p>`);
  }
  return lines.join('\n');
}

function tableHtml(part: SheetPart): string {
  const rows: string[] = [];
  for (let r = 0; r < part.rows; r++) {
    const tds = part.cells.filter((c) => c.row === r).sort((a, b) => a.col - b.col).map((c) => {
      const spans = `${c.rowSpan > 1 ? ` rowspan="${c.rowSpan}"` : ''}${c.colSpan > 1 ? ` colspan="${c.colSpan}"` : ''}`;
      return `<td${spans}>${c.text.split('\n').map(escapeHtml).join('<br>') || '&nbsp;'}</td>`;
    });
    rows.push(`<tr>${tds.join('')}</tr>`);
  }
  return `<table border="1" cellspacing="0" cellpadding="2">\n<tbody>\n${rows.join('\n')}\n</tbody>\n</table>`;
}

/** The page as a single-file web archive (.mht): one text/html part, quoted-printable UTF-8. */
export function writeMht(html: string): string {
  const boundary = '----=_NextPart_jixiao_fixture';
  const qp = quotedPrintable(new TextEncoder().encode(html));
  return [
    'MIME-Version: 1.0',
    `Content-Type: multipart/related; boundary="${boundary}"; type="text/html"`,
    '',
    'This is a multi-part message in MIME format.',
    '',
    `--${boundary}`,
    'Content-Type: text/html; charset="utf-8"',
    'Content-Transfer-Encoding: quoted-printable',
    'Content-Location: file:///C:/page.htm',
    '',
    qp,
    '',
    `--${boundary}--`,
    '',
  ].join('\r\n');
}

function quotedPrintable(bytes: Uint8Array): string {
  const lines: string[] = [];
  let line = '';
  for (const b of bytes) {
    if (b === 0x0a) { lines.push(line); line = ''; continue; }
    const piece = (b >= 33 && b <= 126 && b !== 61) || b === 32 ? String.fromCharCode(b) : `=${b.toString(16).toUpperCase().padStart(2, '0')}`;
    if (line.length + piece.length > 75) { lines.push(`${line}=`); line = ''; }
    line += piece;
  }
  lines.push(line);
  return lines.join('\r\n');
}
