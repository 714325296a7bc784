import type { FindingCode } from '../../schemas/finding-codes.js';
import type { Block, GridBlock, SourcePlace } from '../../schemas/grid.js';
import type { PageImage } from './decode-image.js';
import { deskew } from './deskew.js';
import { detectText, type TextBox } from './detect-text.js';
import { latticeTables, type LatticeTable } from './lattice-cells.js';
import type { OcrModels } from './ocr-models.js';
import { repairCell } from './ocr-repair.js';
import { pageBlocks, type PlaceFrame, type Word } from './page-grid.js';
import type { Gray, PixelBox } from './raster.js';
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
const DROP_BELOW = 0.5;
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
  const rules = findRules(upright.gray, unit);
  const tables = latticeTables(rules, unit);
  const clean = withoutRules(upright.gray, rules);
  const boxes = found.flatMap((b) => cutAtRules(b.box, tables, rules, unit));
  const readings = await recognizeBoxes(models, clean, boxes);
  const words: Word[] = boxes.map((box, k) => ({ box, ...readings[k]! })).filter((w) => w.confidence >= DROP_BELOW && w.text.trim() !== '');
  const frame: PlaceFrame = { page, toScan: upright.toScan, ...(image.dpi ? { dpi: image.dpi } : {}) };
  const ruled = pageBlocks(words, tables, unit, frame);
  const blocks = tables.length ? ruled : unruledTables(ruled, words, unit, frame);
  const notes: OcrNote[] = [];
  return { blocks: blocks.map((b) => (b.kind === 'grid' ? checkedCells(b, notes) : b)), notes, skew: upright.degrees, boxes: words.length };
}

/** Median height of the detected boxes: the size of body text in pixels (every threshold scales with it). */
function textUnit(boxes: readonly TextBox[]): number {
  const hs = boxes.map((b) => b.box[3] - b.box[1]).filter((h) => h >= 6).sort((a, b) => a - b);
  return hs.length ? hs[Math.floor(hs.length / 2)]! : 24;
}

/** A copy of the page with the rules painted paper-white, so no rule is read as `1` or `|`. */
function withoutRules(page: Gray, rules: readonly Rule[]): Gray {
  const data = new Uint8Array(page.data);
  for (const r of rules) {
    const half = Math.ceil(r.width / 2) + 1;
    for (let a = Math.floor(r.at - half); a <= Math.ceil(r.at + half); a++) {
      for (let b = Math.max(0, Math.floor(r.from)); b <= Math.min((r.kind === 'h' ? page.width : page.height) - 1, Math.ceil(r.to)); b++) {
        const [x, y] = r.kind === 'h' ? [b, a] : [a, b];
        if (x >= 0 && y >= 0 && x < page.width && y < page.height) data[y * page.width + x] = 255;
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
  const out: PixelBox[] = [];
  let left = box[0];
  for (const x of cuts) { out.push([left, box[1], x - 1, box[3]]); left = x + 1; }
  out.push([left, box[1], box[2], box[3]]);
  return out.filter((b) => b[2] - b[0] >= unit * 0.3);
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
