// HTML rows with the quadratic regexes of before issue 9 (spans already clamped): the reference for the linear version.
import type { Cell, Row } from '../../schemas/cells.js';

/**
 * HTML tables — what MinerU, Docling and "save as web page" from Excel/WPS produce — into rows of
 * cells on the table's grid, keeping rowspan/colspan: a merged cell appears once, on its top-left
 * row, with its spans (as the PDF grid does), so the matcher reads merged labels exactly.
 * Text outside tables (titles, narrative) becomes one single-cell row per line. Pure: no DOM.
 */
export const looksLikeHtmlTable = (text: string): boolean => /<table[\s>]/i.test(text) && /<t[dh][\s>]/i.test(text);

const ENTITIES: Record<string, string> = { nbsp: ' ', amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", ensp: ' ', emsp: ' ' };
const decode = (s: string): string =>
  s.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (m, e: string) => {
    if (e[0] === '#') return String.fromCodePoint(e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10));
    return ENTITIES[e.toLowerCase()] ?? m;
  });
/** Cell content: line breaks from <br>/<p>, other tags dropped, whitespace runs kept single. */
const cellText = (html: string): string =>
  decode(html.replace(/<br\s*\/?>/gi, '\n').replace(/<\/p\s*>/gi, '\n').replace(/<[^>]+>/g, '')).replace(/[ \t\r\f]+/g, ' ').replace(/\s*\n\s*/g, '\n').trim();

export function extractHtmlRows(text: string): Row[] {
  const lineStarts = [0];
  for (let i = 0; i < text.length; i++) if (text[i] === '\n') lineStarts.push(i + 1);
  const placeOf = (offset: number): { line: number; column: number } => {
    let lo = 0; let hi = lineStarts.length - 1;
    while (lo < hi) { const mid = (lo + hi + 1) >> 1; if (lineStarts[mid]! <= offset) lo = mid; else hi = mid - 1; }
    return { line: lo + 1, column: offset - lineStarts[lo]! + 1 };
  };
  const rows: Row[] = [];
  const outside = (from: number, to: number) => {
    const chunk = text.slice(from, to);
    const stripped = chunk.replace(/<(script|style)[\s\S]*?<\/\1>/gi, '');
    let offset = from;
    for (const raw of stripped.split(/<br\s*\/?>|<\/(?:p|div|h\d|li)>|\n/i)) {
      const t = cellText(raw);
      const at = placeOf(offset);
      offset += raw.length + 1;
      if (!t) continue;
      for (const part of t.split('\n')) rows.push({ line: at.line, text: part, layout: 'single', cells: [{ text: part, line: at.line, column: at.column, index: 0 }] });
    }
  };
  const tableRe = /<table[\s>][\s\S]*?<\/table>/gi;
  let last = 0;
  for (let m = tableRe.exec(text); m; m = tableRe.exec(text)) {
    outside(last, m.index);
    rows.push(...tableRows(m[0], m.index, placeOf));
    last = m.index + m[0].length;
  }
  outside(last, text.length);
  return rows;
}

/**
 * Spans are clamped the way browsers clamp them (HTML: colspan ≤ 1000, a rowspan ends with the
 * table): `colspan="999999999"` must not allocate a grid of a billion cells (issue 9).
 */
export const MAX_HTML_COLUMNS = 1000;

function tableRows(html: string, base: number, placeOf: (o: number) => { line: number; column: number }): Row[] {
  const out: Row[] = [];
  const occupied: boolean[][] = [];
  const trRe = /<tr[\s>]([\s\S]*?)(?=<tr[\s>]|<\/table>|$)/gi;
  let rowCount = 0;
  for (let tr = trRe.exec(html); tr; tr = trRe.exec(html)) rowCount++;
  trRe.lastIndex = 0;
  let r = 0;
  for (let tr = trRe.exec(html); tr; tr = trRe.exec(html), r++) {
    const cells: Cell[] = [];
    const cellRe = /<t([dh])((?:\s[^>]*)?)>([\s\S]*?)(?=<t[dh][\s>]|<\/tr>|$)/gi;
    let col = 0;
    const trAt = placeOf(base + tr.index);
    for (let td = cellRe.exec(tr[1]!); td; td = cellRe.exec(tr[1]!)) {
      while (occupied[r]?.[col]) col++;
      const attrs = td[2] ?? '';
      if (col >= MAX_HTML_COLUMNS) break;
      const rowSpan = Math.min(rowCount - r, Math.max(1, Number(/rowspan\s*=\s*["']?(\d{1,9})/i.exec(attrs)?.[1] ?? 1)));
      const colSpan = Math.min(MAX_HTML_COLUMNS - col, Math.max(1, Number(/colspan\s*=\s*["']?(\d{1,9})/i.exec(attrs)?.[1] ?? 1)));
      for (let y = r; y < r + rowSpan; y++) for (let x = col; x < col + colSpan; x++) (occupied[y] ??= [])[x] = true;
      const at = placeOf(base + tr.index + 4 + td.index);
      const content = td[3]!.replace(/<\/t[dh]>[\s\S]*$/i, '');
      cells.push({ text: cellText(content).replace(/\n/g, ' '), line: at.line, column: at.column, index: col, rowSpan, colSpan });
      col += colSpan;
    }
    out.push({ line: trAt.line, text: cells.map((c) => c.text).join('\t'), layout: 'grid', cells });
  }
  // one line per grid row would collide when a whole table sits on one source line: give rows
  // their own running numbers after the table's first line, keeping the source line in cells
  return out;
}
