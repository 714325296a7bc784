import type { FindingCode } from '../../schemas/finding-codes.js';
import type { Block, GridBlock, SourcePlace } from '../../schemas/grid.js';
import type { PageImage } from './decode-image.js';
import { deskew } from './deskew.js';
import { despeckle } from './despeckle.js';
import { detectText, type TextBox } from './detect-text.js';
import { latticeTables, type LatticeTable } from './lattice-cells.js';
import type { OcrModels } from './ocr-models.js';
import { repairCell } from './ocr-repair.js';
import { pageBlocks, type PlaceFrame, type Word } from './page-grid.js';
import { otsuThreshold, type Gray, type PixelBox } from './raster.js';
import { recognizeBoxes } from './recognize-text.js';
import { findRules, type Rule } from './ruling-lines.js';
import { unruledTables } from './unruled-columns.js';

/** A finding the OCR front end makes about a place on a page. */
export interface OcrNote { readonly code: FindingCode; readonly message: string; readonly place: SourcePlace }

export interface OcrPage {
  readonly blocks: Block[];
  readonly notes: OcrNote[];
  /** skew removed, in degrees */
  readonly skew: number;
  readonly boxes: number;
}

/** Below this the recognizer is guessing: the box is noise (a speck, a seal fragment). */
const DROP_BELOW = 0.3;
/** Below this a box holding only dots, dashes or ticks is a speck or a rule's remnant */
const MARK_BELOW = 0.6;
const MARKS_ONLY = /^[\s.,·:;'"`‘’“”_\-—~|!」「]+$/u;
/** Below this a cell's reading is doubtful: a finding points the reviewer at it. */
export const LOW_CONFIDENCE = 0.8;

/**
 * One page image → its blocks: deskew, text boxes, ruling lines (in units of the body text
 * height), rules painted out, boxes cut where a rule crosses them, recognition, then words
 * into cells (ruled tables) or into columns found from the boxes (unruled tables).
 */
export async function ocrPage(models: OcrModels, image: PageImage, page: number): Promise<OcrPage> {
  const upright = await deskew(image.gray);
  const found = await detectText(models, upright.gray);
  const unit = textUnit(found);
  const tables = latticeTables(findRules(upright.gray, unit), unit);
  const rules = tableRules(findRules(upright.gray, unit), tables, unit);
  const clean = despeckle(withoutRules(upright.gray, rules, unit), unit);
  const boxes = found.flatMap((b) => cutAtRules(b.box, tables, rules, unit)).map((b) => clearOfRules(b, rules, unit));
  const readings = await recognizeBoxes(models, clean, boxes);
  const words: Word[] = boxes.map((box, k) => ({ box, ...readings[k]! })).filter((w) => w.confidence >= DROP_BELOW && w.text.trim() !== '' && !(w.confidence < MARK_BELOW && MARKS_ONLY.test(w.text))).map((w) => ({ ...w, text: withoutTrailingSpeck(w.text) }));
  const frame: PlaceFrame = { page, toScan: upright.toScan, ...(image.dpi ? { dpi: image.dpi } : {}) };
  const ruled = pageBlocks(words, tables, unit, frame);
  const blocks = tables.length ? ruled : unruledTables(ruled, words, unit, frame);
  const notes: OcrNote[] = [];
  return { blocks: blocks.map((b) => (b.kind === 'grid' ? checkedCells(b, notes) : b)), notes, skew: upright.degrees, boxes: words.length };
}

/**
 * An ASCII full stop after a Chinese character or `%` ends no printed value (Chinese text ends
 * with `。`): at the end of a box it is a speck or a rule's corner, read as `.`.
 */
export const withoutTrailingSpeck = (text: string): string => text.replace(/(?<=[\u4e00-\u9fff%）)])\s*[.·]+$/u, '');

/** The rules of the tables kept (not the strokes of a title taken for a lattice). */
function tableRules(rules: readonly Rule[], tables: readonly LatticeTable[], unit: number): Rule[] {
  const tol = unit * 0.5;
  return rules.filter((r) => tables.some((t) => {
    const [x0, x1, y0, y1] = [t.xs[0]! - tol, t.xs[t.xs.length - 1]! + tol, t.ys[0]! - tol, t.ys[t.ys.length - 1]! + tol];
    return r.kind === 'h' ? r.at >= y0 && r.at <= y1 && r.from >= x0 && r.to <= x1 : r.at >= x0 && r.at <= x1 && r.from >= y0 && r.to <= y1;
  }));
}

/** Median height of the detected boxes: the size of body text in pixels (every threshold scales with it). */
function textUnit(boxes: readonly TextBox[]): number {
  const hs = boxes.map((b) => b.box[3] - b.box[1]).filter((h) => h >= 6).sort((a, b) => a - b);
  return hs.length ? hs[Math.floor(hs.length / 2)]! : 24;
}

/**
 * A copy of the page with the rules painted paper-white, so no rule is read as `1` or `|`.
 * The rule's dark core goes; beside it, scanner blur and JPEG ringing leave a grey halo that
 * the recognizer still reads as a stroke: there only pixels lighter than ink are whitened, so
 * a digit printed against the rule keeps its strokes.
 */
function withoutRules(page: Gray, rules: readonly Rule[], unit: number): Gray {
  const data = new Uint8Array(page.data);
  const ink = Math.min(otsuThreshold(page), 160);
  // at 150 dpi the halo is a pixel; it widens with the resolution
  const halo = Math.max(1, Math.round(unit * 0.12) - 2);
  for (const r of rules) {
    const core = Math.ceil(r.width / 2) + 1;
    const along = r.kind === 'h' ? page.width : page.height;
    for (let d = -(core + halo); d <= core + halo; d++) {
      const a = Math.round(r.at + d);
      const inCore = Math.abs(d) <= core;
      for (let b = Math.max(0, Math.floor(r.from) - halo); b <= Math.min(along - 1, Math.ceil(r.to) + halo); b++) {
        const [x, y] = r.kind === 'h' ? [b, a] : [a, b];
        if (x < 0 || y < 0 || x >= page.width || y >= page.height) continue;
        const i = y * page.width + x;
        if (inCore || data[i]! >= ink) data[i] = 255;
      }
    }
  }
  return { width: page.width, height: page.height, data };
}

/** A box that a table's vertical rule crosses holds text of two cells: cut it there. */
function cutAtRules(box: PixelBox, tables: readonly LatticeTable[], rules: readonly Rule[], unit: number): PixelBox[] {
  if (!tables.length) return [box];
  const cy = (box[1] + box[3]) / 2;
  const cuts = rules.filter((r) => r.kind === 'v' && r.at > box[0] + unit * 0.3 && r.at < box[2] - unit * 0.3 && r.from <= cy && r.to >= cy)
    .map((r) => r.at).sort((a, b) => a - b);
  if (!cuts.length) return [box];
  const out: PixelBox[] = [];
  let left = box[0];
  for (const x of cuts) { out.push([left, box[1], x - 1, box[3]]); left = x + 1; }
  out.push([left, box[1], box[2], box[3]]);
  // a sliver beside the rule is the rule's own edge, not text
  return out.filter((b) => b[2] - b[0] >= unit * 0.3);
}

/**
 * A box's edges moved off the rules it reaches over: the detector's box grows past the cell
 * border, and a rule inside a crop reads as `1`, `|`, `.` or `-`. Only the rule's dark core is
 * cut off: a digit printed against the rule keeps its strokes.
 */
function clearOfRules(box: PixelBox, rules: readonly Rule[], unit: number): PixelBox {
  let [x0, y0, x1, y1] = box;
  const reach = unit * 0.4;
  for (const r of rules) {
    const core = r.width / 2 + 1;
    // only a rule along most of the box's side: a rule that merely touches its corner is another cell's
    if (r.kind === 'v' && Math.min(r.to, y1) - Math.max(r.from, y0) >= (y1 - y0) / 2) {
      if (r.at >= x0 - core && r.at <= x0 + reach) x0 = Math.max(x0, r.at + core);
      if (r.at <= x1 + core && r.at >= x1 - reach) x1 = Math.min(x1, r.at - core);
    } else if (r.kind === 'h' && Math.min(r.to, x1) - Math.max(r.from, x0) >= (x1 - x0) / 2) {
      if (r.at >= y0 - core && r.at <= y0 + reach) y0 = Math.max(y0, r.at + core);
      if (r.at <= y1 + core && r.at >= y1 - reach) y1 = Math.min(y1, r.at - core);
    }
  }
  return x1 - x0 >= 2 && y1 - y0 >= 2 ? [x0, y0, x1, y1] : box;
}

/**
 * Boxes of consecutive lines of one cell overlap (the detector grows each box by about half a
 * line): the crop of one line then holds strokes of the next. Where two boxes overlap in x and
 * a little in y, the boundary is moved to the middle of the overlap.
 */
function apartLines(boxes: readonly PixelBox[]): PixelBox[] {
  const out = boxes.map((b) => [...b] as [number, number, number, number]);
  for (const a of out) {
    for (const b of out) {
      if (a === b || b[1] <= a[1]) continue;
      const overlapX = Math.min(a[2], b[2]) - Math.max(a[0], b[0]);
      const overlapY = a[3] - b[1];
      if (overlapX <= 0 || overlapY <= 0 || overlapY > 0.5 * Math.min(a[3] - a[1], b[3] - b[1])) continue;
      const mid = (a[3] + b[1]) / 2;
      a[3] = mid; b[1] = mid;
    }
  }
  return out;
}

/** Repairs of number/comparator cells and low-confidence findings, on the cell's place. */
function checkedCells(block: GridBlock, notes: OcrNote[]): GridBlock {
  const cells = block.cells.map((c) => {
    const repaired = repairCell(c.text);
    if (repaired) notes.push({ code: 'OCR_REPAIRED', place: c.places[0]!, message: `OCR read "${repaired.from}" in a number cell: taken as "${repaired.text}"` });
    if (c.confidence !== undefined && c.confidence < LOW_CONFIDENCE) {
      notes.push({ code: 'OCR_LOW_CONFIDENCE', place: c.places[0]!, message: `OCR is unsure of "${(repaired?.text ?? c.text).slice(0, 40)}" (confidence ${c.confidence.toFixed(2)}): check it against the scan` });
    }
    return repaired ? { ...c, text: repaired.text } : c;
  });
  return { ...block, cells };
}
