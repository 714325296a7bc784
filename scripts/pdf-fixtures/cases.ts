import type { Table, TableKind } from '../../schemas/record.js';
import { LAYOUT_COLUMNS, LAYOUTS, type LayoutOptions } from './layouts.js';
import type { SheetSpec } from './sheet-model.js';
import { CHENGDU_ELEVATORS, GUANGZHOU_SCHOOLS } from './synthetic-tables.js';

/**
 * The PDF fixtures: what each file is, the sheet it is printed from, and what is done to the
 * PDF afterwards to make the other shapes archives come in.
 */
export type PostStep =
  | { readonly kind: 'turn-pages'; readonly rotateAttr: 'odd' | 'all' | 'none' }
  | { readonly kind: 'borders-as-fills' }
  | { readonly kind: 'overprint-text' }
  | { readonly kind: 'kangxi-tounicode' }
  | { readonly kind: 'garble-tounicode' };

export interface FixtureCase {
  readonly name: string;
  readonly description: string;
  /** how the bytes are made */
  readonly source:
    | { readonly kind: 'sheet'; readonly spec: SheetSpec }
    | { readonly kind: 'scan'; readonly spec: SheetSpec }
    | { readonly kind: 'encrypted'; readonly spec: SheetSpec; readonly password: string }
    | { readonly kind: 'truncated'; readonly spec: SheetSpec; readonly keep: number };
  readonly post: readonly PostStep[];
  /** document errors the extractor must report (no tables then) */
  readonly errors: readonly string[];
  /** extra finding codes each table must carry */
  readonly findings: readonly string[];
  /** write grid.json (bordered sheets only: an unruled table's columns are not the sheet's) */
  readonly grid: boolean;
}

type SeedTable = Table & { expected_findings?: string[] };

const COLUMNS: Record<Exclude<TableKind, 'unknown'>, Record<SheetSpec['orientation'], number[]>> = {
  project_self_eval: { portrait: [5, 9, 12, 20, 11, 11, 6, 6, 17], landscape: [6, 10, 14, 30, 16, 16, 7, 7, 30] },
  dept_self_eval: { portrait: [8, 6, 11, 22, 6, 13, 13, 14, 6], landscape: [10, 7, 14, 32, 7, 18, 18, 24, 7] },
  target_declaration: { portrait: [10, 14, 16, 30, 12, 12], landscape: [12, 18, 22, 44, 16, 16] },
};

export function sheet(tables: readonly Table[], opts: Partial<Omit<SheetSpec, 'columns'>> & { layout?: Partial<LayoutOptions>; columns?: number[] } = {}): SheetSpec {
  const kind = tables[0]!.kind as Exclude<TableKind, 'unknown'>;
  const orientation = opts.orientation ?? 'landscape';
  const layout: LayoutOptions = { mergeLabels: true, amountStyle: 'grouped', ...opts.layout };
  if (tables.some((t) => LAYOUT_COLUMNS[t.kind] !== LAYOUT_COLUMNS[kind])) throw new Error('one sheet, one layout width');
  return {
    columns: opts.columns ?? COLUMNS[kind][orientation],
    orientation,
    tables: tables.map((record) => ({ record, parts: LAYOUTS[record.kind](record, layout) })),
    pageBreakBetweenTables: opts.pageBreakBetweenTables ?? false,
    repeatHeader: opts.repeatHeader ?? false,
    borders: opts.borders ?? true,
    gapRows: opts.gapRows ?? 2,
    fitToWidth: opts.fitToWidth ?? true,
    fontName: opts.fontName ?? 'Noto Serif CJK SC',
    fontSize: opts.fontSize ?? 10,
    footer: opts.footer,
  };
}

const plain = (name: string, description: string, spec: SheetSpec, post: PostStep[] = [], findings: string[] = []): FixtureCase =>
  ({ name, description, source: { kind: 'sheet', spec }, post, errors: [], findings, grid: spec.borders });

const failing = (name: string, description: string, source: FixtureCase['source'], errors: string[], post: PostStep[] = []): FixtureCase =>
  ({ name, description, source, post, errors, findings: [], grid: false });

/** All cases; seed tables come from fixtures/seeds/<seed>/expected.json. */
export function fixtureCases(seeds: (name: string) => SeedTable[]): FixtureCase[] {
  return [
    plain('seed-000-dept-repeated-header',
      'Seed 000: a 部门整体支出绩效自评表 in 元 over several portrait pages; the indicator header row is repeated on every page and 一级 labels are merged across page breaks.',
      sheet(seeds('000_30636d6a8eebf9e9'), { orientation: 'portrait', repeatHeader: true, footer: '第 &P 页，共 &N 页' })),
    plain('seed-001-nine-projects-flowing',
      'Seed 001: nine 财政项目支出绩效自评表 in 万元 printed one after another on landscape pages: several tables per page, tables cut by page breaks without a repeated header.',
      sheet(seeds('001_eec2255c4764dfed'), { orientation: 'landscape', footer: '- &P -' })),
    plain('seed-002-one-table-per-page',
      'Seed 002: three 财政项目支出绩效自评表 in 元 (plain amounts), each starting on a new portrait page.',
      sheet(seeds('002_c46d08671647a0be'), { orientation: 'portrait', pageBreakBetweenTables: true, layout: { amountStyle: 'plain' } })),
    plain('seed-004-declaration-landscape',
      'Seed 004: a 绩效目标申报表 with 60 indicators over several landscape pages, 元 funds in two side-by-side blocks.',
      sheet(seeds('004_2b2d905bc25c1717'), { orientation: 'landscape' })),
    plain('wrapped-yuan-landscape',
      'Made up (Chengdu 2023): 元 with thousands separators, long names, goals and deviation notes wrapped over several lines.',
      sheet([CHENGDU_ELEVATORS], { orientation: 'landscape' })),
    plain('unmerged-labels-wanyuan',
      'Made up (Guangzhou 2021): 万元; the 一级/二级 labels are printed on the first row of their group with empty bordered cells below (no merges).',
      sheet([GUANGZHOU_SCHOOLS], { orientation: 'portrait', layout: { mergeLabels: false } })),
    plain('unruled-columns',
      'Made up (Guangzhou 2021) printed without any cell borders, labels on the first row of their group, columns wide enough not to wrap: the columns exist only in the positions of the text.',
      sheet([GUANGZHOU_SCHOOLS], { orientation: 'landscape', borders: false, columns: [12, 12, 16, 30, 14, 14, 7, 7, 30], layout: { mergeLabels: false } })),
    plain('rotated-pages',
      'Two tables, each on its own page, printed sideways onto portrait pages: page 1 carries /Rotate 90 (a viewer shows it upright), page 2 does not (it reads sideways).',
      sheet([CHENGDU_ELEVATORS, GUANGZHOU_SCHOOLS], { orientation: 'landscape', pageBreakBetweenTables: true }),
      [{ kind: 'turn-pages', rotateAttr: 'odd' }]),
    plain('word-borders-overprint',
      'Borders drawn as thin filled rectangles and every text painted twice a third of a point apart (fake bold), as Word/WPS exports do.',
      sheet([CHENGDU_ELEVATORS], { orientation: 'landscape' }),
      [{ kind: 'borders-as-fills' }, { kind: 'overprint-text' }]),
    plain('kangxi-radicals',
      'The fonts\' ToUnicode maps ideographs to their Kangxi-radical look-alikes (⽬ for 目): the text reads right only after folding.',
      sheet([GUANGZHOU_SCHOOLS], { orientation: 'portrait' }),
      [{ kind: 'kangxi-tounicode' }], ['GLYPHS_FOLDED']),
    failing('garbled-text-layer',
      'The fonts\' ToUnicode maps every glyph into the private use area: the text layer is garbage and the file needs OCR.',
      { kind: 'sheet', spec: sheet([GUANGZHOU_SCHOOLS], { orientation: 'portrait' }) }, ['PDF_NEEDS_OCR'], [{ kind: 'garble-tounicode' }]),
    failing('scanned-image',
      'A scanned page: only an image of the table, no text layer.',
      { kind: 'scan', spec: sheet([GUANGZHOU_SCHOOLS], { orientation: 'portrait' }) }, ['PDF_NEEDS_OCR']),
    failing('encrypted',
      'Opening the file needs a password (user password "secret").',
      { kind: 'encrypted', spec: sheet([GUANGZHOU_SCHOOLS], { orientation: 'portrait' }), password: 'secret' }, ['PDF_ENCRYPTED']),
    failing('corrupt',
      'A download cut off after 40% of its bytes.',
      { kind: 'truncated', spec: sheet([GUANGZHOU_SCHOOLS], { orientation: 'portrait' }), keep: 0.4 }, ['PDF_CORRUPT']),
  ];
}
