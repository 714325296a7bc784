import { isTag, type Element } from 'domhandler';
import type { Block, GridDocument, SourcePlace } from '../../schemas/grid.js';
import { MAX_MARKUP_DEPTH, markupDepth } from '../markup-depth.js';
import { tableBlocks, type PlacedCell } from '../table-blocks.js';
import { readZip } from './zip-entries.js';
import { attr, childElements, firstChild, parseXml } from './xml-tree.js';

/**
 * .docx → grid document: the body of word/document.xml in order, each paragraph a line block
 * and each `w:tbl` a grid. `w:gridSpan` is a column span, `w:vMerge` restart/continue a row
 * span, `w:gridBefore` skips columns; paragraphs inside a cell are joined with '\n'; nested
 * tables become blocks of their own (see extractors/table-blocks.ts). Hidden runs (`w:vanish`)
 * and deleted text are not read. Places: kind 'office', sheet null, ref `T{table}R{row}C{cell}`
 * (1-based; tables counted in document order, nested ones included) or `P{n}` for the n-th body
 * paragraph.
 */
export type DocxRead =
  | { readonly kind: 'grid'; readonly doc: GridDocument }
  | { readonly kind: 'error'; readonly code?: 'MARKUP_TOO_DEEP'; readonly message: string };

const DOCUMENT = 'word/document.xml';

export function readDocx(bytes: Uint8Array): DocxRead {
  const zip = readZip(bytes, (name) => name === DOCUMENT);
  if (zip.kind === 'error') return zip;
  const xml = zip.entries.get(DOCUMENT);
  if (!xml) return { kind: 'error', message: `no ${DOCUMENT} in the container: not a Word document` };
  const depth = markupDepth(new TextDecoder('utf-8').decode(xml), 'xml');
  if (depth > MAX_MARKUP_DEPTH) return { kind: 'error', code: 'MARKUP_TOO_DEEP', message: `${DOCUMENT} nests elements ${depth} deep, past the ${MAX_MARKUP_DEPTH} this reader takes` };
  const root = parseXml(xml).find((e) => e.name === 'w:document');
  const body = root && firstChild(root, 'w:body');
  if (!body) return { kind: 'error', message: `${DOCUMENT} has no w:body` };
  const reader = new DocxReader();
  reader.body(body.children.filter(isTag));
  return { kind: 'grid', doc: { blocks: reader.blocks } };
}

/** Containers whose children are read as if they stood in their parent (content controls, custom XML, tracked insertions). */
const TRANSPARENT = new Set(['w:sdt', 'w:sdtContent', 'w:customXml', 'w:ins', 'w:moveTo', 'w:smartTag', 'w:hyperlink', 'w:fldSimple', 'w:dir', 'w:bdo']);
/** Never read: deleted text, properties, the fallback copy of a drawing (its Choice is read). */
const SKIPPED = new Set(['w:del', 'w:moveFrom', 'w:pPr', 'w:rPr', 'w:tblPr', 'w:trPr', 'w:tcPr', 'w:sectPr', 'mc:Fallback', 'w:instrText', 'w:delText']);

class DocxReader {
  readonly blocks: Block[] = [];
  private paragraphs = 0;
  private tables = 0;

  body(children: readonly Element[]): void {
    for (const el of children) {
      if (el.name === 'w:p') {
        this.paragraphs++;
        const text = paragraphText(el).trim();
        if (text) this.blocks.push({ kind: 'line', text, place: { kind: 'office', sheet: null, ref: `P${this.paragraphs}` } });
      } else if (el.name === 'w:tbl') this.blocks.push(...this.table(el));
      else if (TRANSPARENT.has(el.name)) this.body(el.children.filter(isTag));
    }
  }

  table(tbl: Element): Block[] {
    const number = ++this.tables;
    const rows = contentOf(tbl, 'w:tr');
    const cells: (PlacedCell & { rowSpan: number })[] = [];
    /** the cell a vertical merge continues, by its grid column */
    const open = new Map<number, PlacedCell & { rowSpan: number }>();
    rows.forEach((tr, r) => {
      const props = firstChild(tr, 'w:trPr');
      let col = Number(attr(props && firstChild(props, 'w:gridBefore'), 'w:val') ?? 0) || 0;
      const continued = new Set<number>();
      contentOf(tr, 'w:tc').forEach((tc, k) => {
        const tcPr = firstChild(tc, 'w:tcPr');
        const colSpan = Math.max(1, Math.min(1000, Number(attr(tcPr && firstChild(tcPr, 'w:gridSpan'), 'w:val') ?? 1) || 1));
        const vMerge = tcPr && firstChild(tcPr, 'w:vMerge');
        const above = open.get(col);
        if (vMerge && attr(vMerge, 'w:val') !== 'restart' && above && above.row + above.rowSpan === r) {
          above.rowSpan++;
          continued.add(col);
        } else {
          const place: SourcePlace = { kind: 'office', sheet: null, ref: `T${number}R${r + 1}C${k + 1}` };
          const nestedTables: Element[] = [];
          const text = cellText(tc, nestedTables);
          const cell = { row: r, col, rowSpan: 1, colSpan, text, places: [place], nested: nestedTables.flatMap((t) => this.table(t)) };
          cells.push(cell);
          if (vMerge) { open.set(col, cell); continued.add(col); }
        }
        col += colSpan;
      });
      for (const c of [...open.keys()]) if (!continued.has(c)) open.delete(c);
    });
    return tableBlocks(cells, rows.length);
  }
}

/** Children with that name, looking through transparent containers (a row inside a content control). */
function contentOf(el: Element, name: string): Element[] {
  const out: Element[] = [];
  for (const c of childElements(el)) {
    if (c.name === name) out.push(c);
    else if (TRANSPARENT.has(c.name)) out.push(...contentOf(c, name));
  }
  return out;
}

/** A cell's paragraphs joined with '\n'; nested tables are collected, not read as text. */
function cellText(tc: Element, nested: Element[]): string {
  const lines: string[] = [];
  const walk = (el: Element): void => {
    for (const c of childElements(el)) {
      if (c.name === 'w:p') lines.push(paragraphText(c));
      else if (c.name === 'w:tbl') nested.push(c);
      else if (TRANSPARENT.has(c.name)) walk(c);
    }
  };
  walk(tc);
  return lines.map((l) => l.trim()).filter((l) => l !== '').join('\n');
}

/** The text of a paragraph's runs: w:t, tabs, breaks; hidden runs and deleted text left out. */
export function paragraphText(p: Element): string {
  let out = '';
  const walk = (el: Element): void => {
    for (const c of childElements(el)) {
      if (SKIPPED.has(c.name)) continue;
      switch (c.name) {
        case 'w:r': {
          const rPr = firstChild(c, 'w:rPr');
          const vanish = rPr && firstChild(rPr, 'w:vanish');
          if (vanish && attr(vanish, 'w:val') !== 'false' && attr(vanish, 'w:val') !== '0') continue;
          walk(c);
          break;
        }
        case 'w:t': out += c.children.map((n) => ('data' in n ? String(n.data) : '')).join(''); break;
        case 'w:tab': case 'w:ptab': out += '\t'; break;
        case 'w:br': case 'w:cr': out += '\n'; break;
        case 'w:noBreakHyphen': out += '-'; break;
        case 'w:softHyphen': break;
        case 'w:tbl': break; // tables are blocks, not text
        default: walk(c);
      }
    }
  };
  walk(p);
  return out;
}
