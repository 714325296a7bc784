import { parseDocument } from 'htmlparser2';
import { isTag, isText, type AnyNode, type Element } from 'domhandler';
import type { Block, GridDocument, SourcePlace } from '../../schemas/grid.js';
import { MAX_MARKUP_DEPTH } from '../markup-depth.js';
import { RowPlacer, tableBlocks, type PlacedCell } from '../table-blocks.js';

/**
 * HTML → grid document, with a real parser (htmlparser2): every named and numeric entity
 * decoded, `<br>` and block elements as line breaks, tables as grids with their spans (clamped
 * to the table's real size), nested tables, and the text around tables as line blocks. Places
 * are 1-based line and column of the element in the HTML text.
 *
 * What a browser would not show is not read: <head>, <script>, <style>, <template>, and
 * elements styled `display:none` (Excel's "save as web page" keeps hidden rows that way).
 */
export function readHtml(html: string): GridDocument {
  const doc = parseDocument(html, { withStartIndices: true, decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true });
  const reader = new HtmlReader(html);
  reader.flow(doc.children);
  reader.flushLine();
  return { blocks: reader.blocks };
}

/** What HTML renders as a line of its own. */
const BLOCK_ELEMENTS = new Set([
  'p', 'div', 'li', 'ul', 'ol', 'dl', 'dt', 'dd', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'section', 'article', 'header',
  'footer', 'main', 'nav', 'aside', 'blockquote', 'pre', 'address', 'figure', 'figcaption', 'hr', 'form', 'fieldset',
  'center', 'body', 'html', 'caption', 'tr', 'title',
]);
const UNSEEN = new Set(['head', 'script', 'style', 'template', 'noscript', 'xml', 'object', 'iframe']);
const SECTIONS = new Set(['thead', 'tbody', 'tfoot']);

/** HTML spec limits: colspan ≤ 1000, rowspan ≤ 65534 (0 = to the end of the table). */
const MAX_COLSPAN = 1000;
const MAX_ROWSPAN = 65534;

const hidden = (el: Element): boolean => /display\s*:\s*none/i.test(el.attribs['style'] ?? '') || el.attribs['hidden'] !== undefined;

/** Whitespace as HTML renders it: runs fold to one space; NBSP is a space in these tables. */
const collapse = (s: string): string => s.replace(/[ \t\n\r\f\u00a0]+/g, " ");

class HtmlReader {
  readonly blocks: Block[] = [];
  private line = '';
  private lineStart: number | undefined;
  private readonly lineStarts: number[] = [0];

  constructor(private readonly source: string) {
    for (let i = source.indexOf('\n'); i !== -1; i = source.indexOf('\n', i + 1)) this.lineStarts.push(i + 1);
  }

  place(offset: number | null | undefined): SourcePlace {
    const at = offset ?? 0;
    let lo = 0;
    let hi = this.lineStarts.length - 1;
    while (lo < hi) { const mid = (lo + hi + 1) >> 1; if (this.lineStarts[mid]! <= at) lo = mid; else hi = mid - 1; }
    return { kind: 'text', line: lo + 1, column: at - this.lineStarts[lo]! + 1 };
  }

  /** Text outside tables: lines of text between block boundaries. */
  flow(nodes: readonly AnyNode[], depth = 0): void {
    // callers refuse deeper pages first (extractors/markup-depth.ts); this keeps the stack safe regardless
    if (depth > MAX_MARKUP_DEPTH) return;
    for (const n of nodes) {
      if (isText(n)) {
        const t = collapse(n.data);
        if (t.trim() && this.lineStart === undefined) this.lineStart = n.startIndex ?? 0;
        this.line += t;
        continue;
      }
      if (!isTag(n) || UNSEEN.has(n.name) || hidden(n)) continue;
      if (n.name === 'br') { this.flushLine(); continue; }
      if (n.name === 'table') { this.flushLine(); this.blocks.push(...this.table(n)); continue; }
      const block = BLOCK_ELEMENTS.has(n.name);
      if (block) this.flushLine();
      this.flow(n.children, depth + 1);
      if (block) this.flushLine();
    }
  }

  flushLine(): void {
    const text = this.line.trim();
    if (text) this.blocks.push({ kind: 'line', text, place: this.place(this.lineStart) });
    this.line = '';
    this.lineStart = undefined;
  }

  /** One table → its blocks; the caption is a line before it. */
  table(table: Element, depth = 0): Block[] {
    const out: Block[] = [];
    if (depth > MAX_MARKUP_DEPTH) return out;
    const rows: Element[] = [];
    for (const c of table.children) {
      if (!isTag(c) || hidden(c)) continue;
      if (c.name === 'caption') {
        const text = cellText(c, []).replace(/\n/g, ' ').trim();
        if (text) out.push({ kind: 'line', text, place: this.place(c.startIndex) });
      } else if (c.name === 'tr') rows.push(c);
      else if (SECTIONS.has(c.name)) for (const r of c.children) if (isTag(r) && r.name === 'tr' && !hidden(r)) rows.push(r);
    }
    const placer = new RowPlacer();
    const cells: PlacedCell[] = [];
    rows.forEach((tr, k) => {
      const row = placer.nextRow();
      for (const td of tr.children) {
        if (!isTag(td) || (td.name !== 'td' && td.name !== 'th') || hidden(td)) continue;
        const colSpan = spanOf(td.attribs['colspan'], MAX_COLSPAN, 1);
        const rowSpan = Math.min(spanOf(td.attribs['rowspan'], MAX_ROWSPAN, rows.length - k), rows.length - k);
        const col = placer.place(colSpan, rowSpan);
        const nested: Element[] = [];
        const text = cellText(td, nested);
        cells.push({ row, col, rowSpan, colSpan, text, places: [this.place(td.startIndex)], nested: nested.flatMap((t) => this.table(t, depth + 1)) });
      }
    });
    out.push(...tableBlocks(cells, rows.length));
    return out;
  }
}

/** A span attribute: digits at the start (as browsers read it), within [1, max]; 0 means `zero`. */
function spanOf(value: string | undefined, max: number, zero: number): number {
  const m = /^\s*(\d+)/.exec(value ?? '');
  if (!m) return 1;
  const n = m[1]!.length > 9 ? max : Number(m[1]);
  if (n === 0) return Math.max(1, Math.min(zero, max));
  return Math.min(n, max);
}

/** A cell's text: `<br>` and block elements break lines; nested tables are collected, not read. */
function cellText(el: Element, nested: Element[]): string {
  let text = '';
  const walk = (nodes: readonly AnyNode[], depth = 0): void => {
    if (depth > MAX_MARKUP_DEPTH) return;
    for (const n of nodes) {
      if (isText(n)) { text += collapse(n.data); continue; }
      if (!isTag(n) || UNSEEN.has(n.name) || hidden(n)) continue;
      if (n.name === 'br') { text += '\n'; continue; }
      if (n.name === 'table') { nested.push(n); text += '\n'; continue; }
      const block = BLOCK_ELEMENTS.has(n.name);
      if (block) text += '\n';
      walk(n.children, depth + 1);
      if (block) text += '\n';
    }
  };
  walk(el.children);
  return text.split('\n').map((l) => l.trim()).filter((l) => l !== '').join('\n');
}
