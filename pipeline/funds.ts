import type { FundsRow, Finding } from '../schemas/record.js';
import type { NRow, NCell } from './norm-cell.js';
import { placeOf } from './norm-cell.js';
import { finding } from './findings.js';
import { cellType } from './cell-type.js';
import { toYuan } from '../normalizers/money.js';
import { parseNumber } from '../normalizers/parse-number.js';
import { parseRate } from '../normalizers/parse-rate.js';
import { monotoneAlign } from './monotone-align.js';
import { mergeCentredRows } from './centred-rows.js';
import { foldCell } from '../normalizers/fold-cell.js';
import { FUNDS_BLOCK_LABEL } from './sections.js';
import { isLabelPiece, leadingPiece, withoutLeadingPiece, type LabelPieces } from './label-pieces.js';
import { fundsRoleOf as roleOf, type FundsRole } from '../vocabulary/column-words.js';

/** The funds block's label as a text export cuts it down the first column. */
const BLOCK_PIECES: LabelPieces = { forms: ['项目资金(万元)', '项目资金(元)', '整体支出规模', '项目资金'], minLength: 2 };
const isBlockLabelPiece = (text: string): boolean => FUNDS_BLOCK_LABEL.test(text.replace(/\s+/g, '')) || isLabelPiece(text, BLOCK_PIECES);

/** Declaration tables print label/amount pairs (项目资金总额 4,483,000.00 年度资金申请总额 …). */
const PAIR_LABEL = /^(项目资金总额|年度资金申请总额|年度资金总额|其中:?财政拨款|其中:?当年财政拨款|财政拨款|当年财政拨款|上年结转资金|其他资金)$/;

export function fundsUnit(rows: readonly NRow[]): '元' | '万元' | null {
  // the label cut into pieces down the first column: put it back together
  const pieces = rows.map((r) => r.cells[0]).flatMap((c) => {
    if (!c) return [];
    const parts = splitGlued(c);
    const glued = parts.length === 2 && isBlockLabelPiece(parts[0]!.text) ? parts[0]!.raw : null;
    const head = glued ?? leadingPiece(c, BLOCK_PIECES) ?? (isLabelPiece(c.raw, BLOCK_PIECES) ? c.raw.trim() : null);
    return head === null ? [] : [head];
  }).join('');
  const joined = /\((万元|元)\)/.exec(pieces.replace(/（/g, '(').replace(/）/g, ')'));
  if (joined) return joined[1] as '元' | '万元';
  for (const row of rows) {
    for (const c of row.cells) {
      const m = /(项目资金|资金|单位|金额|规模)[^()]*\((万元|元)\)|单位:?(万元|元)|^\((万元|元)\)$/.exec(c.text.replace(/\s+/g, ''));
      if (m) return (m[2] ?? m[3] ?? m[4]) as '元' | '万元';
    }
  }
  return null;
}

/** A printed amount, rate or score: what a funds row's main line holds. */
const isAmount = (c: NCell): boolean => cellType(c.text) === 'number' || /^[+-]?[\d,]+(\.\d+)?%$/.test(c.text);

/**
 * The funds block's rows with wrapped item labels put back together (layout text prints
 * `其中：当年财政` / `拨款` round the line of the row's amounts); rows as they are otherwise.
 */
export function fundsRows(rows: readonly NRow[]): readonly NRow[] {
  const body = rows.map((r) => {
    const cells = r.cells.flatMap(splitGlued);
    return cells.length === r.cells.length ? r : { ...r, cells, all: cells };
  });
  const isMain = (r: NRow) => r.cells.some((c, k) => k > 0 && isAmount(c));
  // only a block where some line of amounts prints no item of its own has its items wrapped
  const itemless = (r: NRow) => {
    const first = r.cells.findIndex(isAmount);
    return r.cells.slice(0, first).every((c) => isBlockLabelPiece(c.text) || /^[()（）]$/.test(c.text));
  };
  if (!body.some((r) => isMain(r) && itemless(r))) return body;
  return mergeCentredRows(body, {
    isMain,
    isLabelCell: (c) => isBlockLabelPiece(c.text),
    tail: 'share',
  }) ?? body;
}

/**
 * Layout text glues with one space what stood in two cells: the block label's piece beside an
 * item's piece (`金 (万元) 其中：当年财政拨`), or two amounts of narrow columns (`10 45.91%`).
 */
function splitGlued(c: NCell): NCell[] {
  const raw = c.raw.trim();
  const words = raw.split(/\s+/);
  if (words.length < 2) return [c];
  const lead = c.raw.length - c.raw.trimStart().length;
  const pieceAt = (from: number, to: number, offset: number): NCell => {
    const text = words.slice(from, to).join(' ');
    return { ...c, raw: text, text: foldCell(text).text, column: c.column + lead + offset };
  };
  const offsets: number[] = [];
  for (let k = 0, at = 0; k < words.length; k++) { at = raw.indexOf(words[k]!, at); offsets.push(at); at += words[k]!.length; }
  if (words.every((w) => isAmount({ ...c, text: w }))) return words.map((_, k) => ({ ...pieceAt(k, k + 1, offsets[k]!), index: c.index }));
  for (let n = words.length - 1; n >= 1; n--) {
    if (isBlockLabelPiece(words.slice(0, n).join(''))) return [pieceAt(0, n, 0), pieceAt(n, words.length, offsets[n]!)];
  }
  return [c];
}

/** The printed 执行率 and 得分 cells of each funds row: the checks need their precision. */
export interface PrintedFundsCells { readonly rate?: NCell; readonly score?: NCell }
export interface FundsResult { readonly funds: FundsRow[]; readonly findings: Finding[]; readonly printed: PrintedFundsCells[] }

/** The funds block: a header row of column labels, then one row per source of money. */
export function parseFunds(header: NRow, body: readonly NRow[], unit: '元' | '万元' | null, file: string): FundsResult {
  const findings: Finding[] = [];
  const roles = header.cells.map((c) => ({ role: roleOf(c.text), index: c.index })).filter((r) => r.role !== null) as { role: FundsRole; index: number }[];
  if (roles.length === 0) return parsePairs([header, ...body], unit, file);
  const firstRoleIndex = Math.min(...roles.map((r) => r.index));
  const funds: FundsRow[] = [];
  const printed: PrintedFundsCells[] = [];
  for (const row of body) {
    // the item is the last text before the first amount: the block's merged label (项目资金 (万元),
    // 整体支出规模, or its fragments split over lines) may stand left of it on any row
    const isItemText = (c: NCell) => cellType(c.text) !== 'number' && !/^[—–\-/%.\d,]+$/.test(c.text) && roleOf(c.text) === null && !isBlockLabelPiece(c.text);
    const firstValue = row.cells.findIndex((c) => cellType(c.text) === 'number' || /^[—–\-/%.\d,]+$/.test(c.text) || roleOf(c.text) !== null);
    const texts = (firstValue < 0 ? row.cells : row.cells.slice(0, firstValue)).filter(isItemText);
    const lastText = texts[texts.length - 1];
    const item = lastText && withoutLeadingPiece(lastText, BLOCK_PIECES);
    if (!item) continue;
    // which shift puts this row's amounts under the header's columns: as they stand (aligned
    // layouts), or counted from the item cell (a row shifted as a whole)
    const amounts = row.all.filter((c) => c.index > item.index && c.text !== '');
    const hits = (sh: number) => amounts.filter((c) => roles.some((r) => r.index === c.index + sh)).length;
    // ties: aligned layouts (space, PDF grid) index columns globally, so trust the indexes there;
    // tab and pipe rows count their own cells, so trust the distance from the item cell
    const rel = firstRoleIndex - (item.index + 1);
    // (an item standing in an amount column betrays a shifted row even in an aligned layout)
    const global = (row.layout === 'space' || row.layout === 'grid') && !roles.some((r) => r.index === item.index);
    const candidates = global ? [0, rel, 1, -1, 2, -2] : [rel, 0, 1, -1, 2, -2];
    let shift = candidates[0]!;
    for (const sh of candidates) if (hits(sh) > hits(shift)) shift = sh;
    let rec: Record<FundsRole, NCell | undefined> = { initial_budget: undefined, annual_budget: undefined, executed: undefined, weight: undefined, rate: undefined, score: undefined };
    if (row.layout === 'space') {
      // layout text centres headers over left-aligned amounts: place amounts in order, by
      // nearness and kind (a percent is the 执行率), rather than by exact column
      let bestScore = -Infinity;
      for (const sh of candidates) {
        const a = alignAmounts(amounts, roles, sh);
        if (a.score > bestScore + 1e-9) { bestScore = a.score; rec = a.rec; }
      }
    } else {
      for (const c of row.all) {
        if (c.index <= item.index || c.text === '') continue;
        const r = roles.find((x) => x.index === c.index + shift);
        if (r && !rec[r.role]) rec[r.role] = c;
      }
    }
    const money = (c: NCell | undefined) => num(c && toYuan(c.text, unit), c, file, findings);
    const at = (c: NCell | undefined) => placeOf(file, c);
    funds.push({
      item: item.text.replace(/\s+/g, ''),
      initial_budget: money(rec.initial_budget),
      annual_budget: money(rec.annual_budget),
      executed: money(rec.executed),
      weight: num(rec.weight && parseNumber(rec.weight.text), rec.weight, file, findings),
      rate: num(rec.rate && parseRate(rec.rate.text), rec.rate, file, findings),
      score: num(rec.score && parseNumber(rec.score.text), rec.score, file, findings),
      source: placeOf(file, item),
      places: {
        item: at(item), initial_budget: at(rec.initial_budget), annual_budget: at(rec.annual_budget), executed: at(rec.executed),
        weight: at(rec.weight), rate: at(rec.rate), score: at(rec.score),
      },
    });
    printed.push({ rate: rec.rate, score: rec.score });
  }
  return { funds, findings, printed };
}

/**
 * Declaration tables print label/amount pairs in side-by-side blocks: the project's lifetime
 * money (项目资金总额 …) and the year's application (年度资金申请总额 …). Amounts are declared
 * before the year starts, so they land in initial_budget. Items of the lifetime block are
 * prefixed with its head so they never collide with the annual block's items of the same name.
 */
function parsePairs(rows: readonly NRow[], unit: '元' | '万元' | null, file: string): FundsResult {
  const findings: Finding[] = [];
  const blocks = new Map<number, { label: NCell; value: NCell | undefined }[]>();
  for (const row of rows) {
    const cells = row.all;
    for (let i = 0; i < cells.length; i++) {
      const label = cells[i]!;
      if (!PAIR_LABEL.test(label.text.replace(/\s+/g, ''))) continue;
      const value = cells[i + 1];
      const list = blocks.get(label.index) ?? [];
      list.push({ label, value: value && !PAIR_LABEL.test(value.text.replace(/\s+/g, '')) ? value : undefined });
      blocks.set(label.index, list);
    }
  }
  const funds: FundsRow[] = [];
  for (const [, pairs] of [...blocks].sort((a, b) => a[0] - b[0])) {
    const head = pairs[0]!.label.text.replace(/\s+/g, '');
    const lifetime = /总额/.test(head) && !/年度/.test(head);
    pairs.forEach(({ label, value }, k) => {
      const item = label.text.replace(/\s+/g, '');
      funds.push({
        item: lifetime && k > 0 ? `${head}/${item}` : item,
        initial_budget: num(value && value.text !== '' ? toYuan(value.text, unit) : undefined, value, file, findings),
        annual_budget: null, executed: null, weight: null, rate: null, score: null,
        source: placeOf(file, label),
        places: {
          item: placeOf(file, label), initial_budget: value && value.text !== '' ? placeOf(file, value) : null,
          annual_budget: null, executed: null, weight: null, rate: null, score: null,
        },
      });
    });
  }
  return { funds, findings, printed: funds.map(() => ({})) };
}

type NumLike = { kind: 'absent' } | { kind: 'number'; value: number } | { kind: 'unparsed' | 'out_of_range'; text: string };

export function num(r: NumLike | undefined | null, cell: NCell | undefined, file: string, findings: Finding[]): number | null {
  if (!r) return null;
  if (r.kind === 'number') return r.value;
  if (r.kind === 'unparsed') findings.push(finding('NUMBER_UNPARSED', `"${r.text}" is not a number`, placeOf(file, cell)));
  if (r.kind === 'out_of_range') {
    const raw = r.text;
    const shown = raw.length > 40 ? `${raw.slice(0, 20)}…${raw.slice(-10)} (${raw.length} characters)` : raw;
    findings.push(finding('NUMBER_OUT_OF_RANGE', `"${shown}" is out of range for a record (magnitude ≥ 10^15, or over 64 characters); stored as null`, placeOf(file, cell)));
  }
  return null;
}

/** A row's amounts on the funds columns, in order, by nearness and kind (a percent is the 执行率). */
function alignAmounts(cells: readonly NCell[], roles: readonly { role: FundsRole; index: number }[], shift: number): { rec: Record<FundsRole, NCell | undefined>; score: number } {
  const order = [...roles].sort((a, b) => a.index - b.index);
  const fit = (c: NCell, r: { role: FundsRole; index: number }) => {
    const d = Math.abs(c.index + shift - r.index);
    const pos = d === 0 ? 1 : d === 1 ? 0.4 : d === 2 ? 0 : -0.6;
    const isRate = /%$/.test(c.text.trim());
    const kind = r.role === 'rate' ? (isRate ? 1.5 : -1) : isRate ? -2 : 0.5;
    return pos + kind;
  };
  const a = monotoneAlign(cells, order, fit, () => -1.5);
  const rec: Record<FundsRole, NCell | undefined> = { initial_budget: undefined, annual_budget: undefined, executed: undefined, weight: undefined, rate: undefined, score: undefined };
  for (const [c, r] of a.pairs) rec[r.role] = c;
  return { rec, score: a.score - 0.3 * Math.abs(shift) };
}

