/**
 * One generated document: several tables (specs → grids → perturbed → laid out), text around
 * them, line endings and encoding; plus the expected record of every table. Pure: same seed and
 * options, same bytes. Every random choice comes from a stream forked by name, so switching one
 * perturbation on does not reshuffle the rest of the document.
 */
import type { FindingCode } from '../../schemas/finding-codes.js';
import { encodeGb18030 } from '../gb18030-encode.js';
import { mulberry32, type Rng } from './prng.js';
import { GENERATED_KINDS, type GeneratedKind, type Injection, type TableSpec } from './table-spec.js';
import { buildSpec } from './build-spec.js';
import { specToGrid, type GridStyle } from './table-grid.js';
import { type GridRow } from './grid.js';
import { cellDecorator, type CellPerturbationCounts } from './cell-perturbations.js';
import { doubleEmptyCells, dropEmptyCells, pageBreak, shiftRows } from './structure-perturbations.js';
import { LAYOUTS, renderTable, type Layout } from './layouts.js';
import { narrativeLines } from './narrative.js';
import { EXCLUSIVE, PERTURBATIONS, classOf, randomPerturbations, type Perturbation, type PerturbationClass } from './perturbations.js';
import { expectTable, type ExpectedTable } from './expected.js';
import { toTraditional } from './glyphs.js';
import type { LabelPlacement } from './placement.js';

export interface GenerateOptions {
  readonly layout?: Layout;
  /** exactly these perturbations; omitted: a random mix (a quarter of documents get none) */
  readonly perturbations?: readonly Perturbation[];
  /** tables in the file; omitted: 1–3 */
  readonly tables?: number;
  /** kinds to draw from; omitted: all three */
  readonly kinds?: readonly GeneratedKind[];
  /** share of self-evaluation tables carrying a deliberate arithmetic error (default 0.3) */
  readonly injectRate?: number;
  /** exactly these arithmetic errors on every table they apply to */
  readonly injections?: readonly Injection[];
}

export interface GeneratedDocument {
  readonly seed: number;
  /** a file name for the document */
  readonly file: string;
  readonly layout: Layout;
  readonly perturbations: readonly Perturbation[];
  readonly class: PerturbationClass;
  readonly encoding: 'utf-8' | 'gb18030';
  /** the document as a string (CRLF included, BOM not) */
  readonly text: string;
  readonly bytes: Uint8Array;
  readonly expected: readonly ExpectedTable[];
  readonly specs: readonly TableSpec[];
}

const isSelfEval = (k: GeneratedKind): boolean => k !== 'target_declaration';

function checkCompatible(perturbations: readonly Perturbation[]): void {
  for (const group of EXCLUSIVE) {
    const clash = group.filter((p) => perturbations.includes(p));
    if (clash.length > 1) throw new Error(`perturbations cannot be combined: ${clash.join(', ')}`);
  }
}

function tableKinds(rng: Rng, count: number, kinds: readonly GeneratedKind[], needSelfEval: boolean): GeneratedKind[] {
  const main = rng.pick(kinds);
  const out = Array.from({ length: count }, () => (rng.chance(0.8) ? main : rng.pick(kinds)));
  if (needSelfEval && !out.some(isSelfEval)) {
    const selfEval = kinds.find(isSelfEval);
    if (!selfEval) throw new Error('total_broken needs a self-evaluation kind');
    out[0] = selfEval;
  }
  return out;
}

interface TableOutput {
  readonly lines: readonly string[];
  /** 0-based line offsets within `lines` */
  readonly titleLine: number;
  readonly indicatorLines: readonly number[];
  readonly notes: readonly FindingCode[];
}

function renderOne(root: Rng, t: number, spec: TableSpec, on: (p: Perturbation) => boolean, layout: Layout, placement: LabelPlacement): TableOutput {
  const counts: CellPerturbationCounts = { duplicate: 0, wrap: 0, fullWidth: 0, markup: 0, kangxi: 0 };
  const decorate = cellDecorator(root.fork(`cells-${t}`), {
    traditional: on('traditional'), duplicate: on('duplicate_wrap_fragment'), wrap: on('wrap_spaces'),
    fullWidth: on('fullwidth'), markup: on('html_remnants'), kangxi: on('kangxi'),
  }, counts);
  const styleRng = root.fork(`style-${t}`);
  const style: GridStyle = {
    placement,
    header: on('header_label_row') ? styleRng.pick(['label_row', 'label_inline'] as const) : 'pairs',
    splitOuterLabels: on('label_split_lines'),
    continueLongCells: on('long_cell_continued'),
    totalBroken: on('total_broken') && isSelfEval(spec.kind),
  };
  let rows: GridRow[] = specToGrid(spec, style, decorate, root.fork(`grid-${t}`));
  if (on('row_shift')) rows = shiftRows(root.fork(`shift-${t}`), rows);
  if (on('empty_cells_doubled')) rows = doubleEmptyCells(root.fork(`double-${t}`), rows, 3);
  if (on('empty_cells_dropped')) rows = dropEmptyCells(root.fork(`drop-${t}`), rows);
  if (on('page_break')) rows = pageBreak(root.fork(`page-${t}`), rows);
  if (on('traditional')) rows = rows.map((r) => (r.raw ? { ...r, raw: r.raw.map(toTraditional) } : r));

  const rendered = renderTable(rows, layout, root.fork(`layout-${t}`));
  const indicatorLines: number[] = [];
  rows.forEach((r, i) => { if (r.indicator !== undefined) indicatorLines[r.indicator] = rendered.rowLines[i]!; });
  const notes: FindingCode[] = [];
  if (on('kangxi')) notes.push('GLYPHS_FOLDED');
  if (on('traditional')) notes.push('TRADITIONAL_CONVERTED');
  if (counts.duplicate > 0) notes.push('DUPLICATE_WRAP_FRAGMENT');
  return { lines: rendered.lines, titleLine: rendered.rowLines[0]!, indicatorLines, notes };
}

export function generateDocument(seed: number, options: GenerateOptions = {}): GeneratedDocument {
  const root = mulberry32(seed);
  const layout = options.layout ?? root.fork('layout').pick(LAYOUTS);
  const perturbations = options.perturbations
    ? PERTURBATIONS.filter((p) => options.perturbations!.includes(p))
    : root.fork('perturbations').chance(0.25) ? [] : randomPerturbations(root.fork('perturbation-set'), 4);
  checkCompatible(perturbations);
  const set = new Set<Perturbation>(perturbations);
  const on = (p: Perturbation): boolean => set.has(p);
  const placement: LabelPlacement = on('labels_middle') ? 'middle' : on('labels_last') ? 'last' : 'first';

  const count = options.tables ?? root.fork('tables').int(1, 3);
  const kinds = tableKinds(root.fork('kinds'), count, options.kinds ?? GENERATED_KINDS, on('total_broken'));
  const specs = kinds.map((kind, t) => buildSpec(root.fork(`spec-${t}`), kind, {
    placement, injectRate: options.injectRate ?? 0.3, ...(options.injections ? { injections: options.injections } : {}),
  }));

  const lines: string[] = [];
  const expected: ExpectedTable[] = [];
  const around = root.fork('around');
  const narrative = (year: number) => narrativeLines(around, year).map((l) => (on('traditional') ? toTraditional(l) : l));
  for (let i = around.int(0, 2); i > 0; i--) lines.push('');
  specs.forEach((spec, t) => {
    if (t > 0) for (let i = around.int(1, 2); i > 0; i--) lines.push('');
    if (on('narrative') && (t === 0 || around.chance(0.5))) lines.push(...narrative(spec.year), '');
    const out = renderOne(root, t, spec, on, layout, placement);
    const base = lines.length + 1;
    lines.push(...out.lines);
    expected.push(expectTable(spec, { title: base + out.titleLine, indicators: out.indicatorLines.map((l) => base + l) }, out.notes));
  });
  if (on('narrative') && around.chance(0.5)) lines.push('', ...narrative(specs[0]!.year));

  const eol = on('crlf') ? '\r\n' : '\n';
  const text = lines.join(eol) + (around.chance(0.5) ? eol : '');
  const encoding = on('gb18030') ? 'gb18030' : 'utf-8';
  const bytes = on('gb18030') ? encodeGb18030(text) : new TextEncoder().encode(on('bom') ? `\uFEFF${text}` : text);
  return {
    seed, file: `gen-${seed}.txt`, layout, perturbations, class: classOf(perturbations), encoding, text, bytes, expected, specs,
  };
}
