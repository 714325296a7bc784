import type { Cell, Row } from '../schemas/cells.js';

/**
 * HTML tables — what MinerU, Docling and "save as web page" from Excel/WPS produce — into rows of
 * cells on the table's grid, keeping rowspan/colspan: a merged cell appears once, on its top-left
 * row, with its spans (as the PDF grid does), so the matcher reads merged labels exactly.
 * Text outside tables (titles, narrative) becomes one single-cell row per line. Pure: no DOM.
 */
export const looksLikeHtmlTable = (text: string): boolean => /<table[\s>]/i.test(text) && /<t[dh][\s>]/i.test(text);

const ENTITIES: Record<string, string> = { nbsp: ' ', amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", ensp: ' ', emsp: ' ' };
/** A numeric reference to no character (`&#99999999;`) reads as U+FFFD, as browsers show it (it threw). */
const fromCode = (code: number): string => (Number.isInteger(code) && code >= 0 && code <= 0x10ffff ? String.fromCodePoint(code) : '\ufffd');
const decode = (s: string): string =>
  s.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (m, e: string) => {
    if (e[0] === '#') return fromCode(e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10));
    return ENTITIES[e.toLowerCase()] ?? m;
  });
/**
 * Tags removed. A `<` after the last `>` opens no tag: leaving that tail out of the regex keeps
 * the removal linear (each such `<` made `<[^>]+>` scan to the end: 500,000 `<` took 76 s).
 */
const dropTags = (html: string): string => {
  const end = html.lastIndexOf('>') + 1;
  return html.slice(0, end).replace(/<[^>]+>/g, '') + html.slice(end);
};
/** Cell content: line breaks from <br>/<p>, other tags dropped, whitespace runs kept single. */
const cellText = (html: string): string =>
  decode(dropTags(html.replace(/<br\s*\/?>/gi, '\n').replace(/<\/p\s*>/gi, '\n'))).replace(/[ \t\r\f]+/g, ' ').replace(/\s*\n\s*/g, '\n').trim();

/** Where the last match of a case-insensitive literal starts (−1: none). Not via toLowerCase: it may change lengths. */
function lastMatch(text: string, re: RegExp): number {
  let at = -1;
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) at = m.index;
  return at;
}

const CLOSE = { script: /<\/script>/gi, style: /<\/style>/gi } as const;

/**
 * `<script>…</script>` and `<style>…</style>` removed. A start after the last close of its kind
 * is left as it is without searching (the lazy regex searched to the end for each one).
 */
function dropScripts(chunk: string): string {
  const lastClose = { script: lastMatch(chunk, CLOSE.script), style: lastMatch(chunk, CLOSE.style) };
  const open = /<(script|style)/gi;
  let out = '';
  let kept = 0;
  for (let m = open.exec(chunk); m; m = open.exec(chunk)) {
    const kind = m[1]!.toLowerCase() as 'script' | 'style';
    if (m.index > lastClose[kind]) continue;
    const close = CLOSE[kind];
    close.lastIndex = m.index + m[0].length;
    const end = close.exec(chunk)!;
    out += chunk.slice(kept, m.index);
    kept = end.index + end[0].length;
    open.lastIndex = kept;
  }
  return out + chunk.slice(kept);
}

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
    const stripped = dropScripts(chunk);
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
  // a table can only end at a `</table>`: searching past the last one would scan to the end once
  // for every unclosed `<table` (quadratic); up to it every search ends in a match
  const lastClose = lastMatch(text, /<\/table>/gi);
  const tables = lastClose < 0 ? '' : text.slice(0, lastClose + '</table>'.length);
  let last = 0;
  for (let m = tableRe.exec(tables); m; m = tableRe.exec(tables)) {
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
