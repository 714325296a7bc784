import type { Finding, Indicator, Table, Level1 } from '../schemas/record.js';
import type { TableBlock } from './segment.js';
import type { NRow, NCell } from './norm-cell.js';
import { placeOf } from './norm-cell.js';
import { finding } from './findings.js';
import { parseHeaderFields, parsePeriod, parseYear } from './header-fields.js';
import { fundsRows, fundsUnit, parseFunds, num } from './funds.js';
import { parseGoals } from './goals.js';
import { indicatorHeaderRoles, isFundsHeader, isGoalRow, isGoalsHeader, isTotalRow, isTotalWord } from './sections.js';
import { parseIndicatorRow, type IndicatorRow, type PrintedLabel } from './indicator-rows.js';
import { matchLevels, type LevelInput } from './match-levels.js';
import { parseTotal } from './total.js';
import { mergeWrappedLines } from './merge-wrapped-lines.js';
import { checkTable, decimalsOf, type PrintedNumber } from './validate.js';
import { level1Of, type IndicatorRole } from './labels.js';
import { parseNumber } from '../normalizers/parse-number.js';
import { parseRate } from '../normalizers/parse-rate.js';
import { normalizeValueText, parseValue } from '../normalizers/normalize-value.js';

/** Where each section of a table starts, found by its header row. */
interface Layout {
  funds: number | null;
  goals: number | null;
  indicators: number | null;
  roles: Map<IndicatorRole, number>;
  total: number | null;
}

function locate(rows: readonly NRow[]): Layout {
  const l: Layout = { funds: null, goals: null, indicators: null, roles: new Map(), total: null };
  rows.forEach((row, i) => {
    if (l.indicators === null) {
      const roles = indicatorHeaderRoles(row);
      if (roles) { l.indicators = i; l.roles = roles; return; }
      if (l.funds === null && isFundsHeader(row)) { l.funds = i; return; }
      if (l.goals === null && (isGoalsHeader(row) || isGoalRow(row))) { l.goals = i; return; }
    } else if (l.total === null && (isTotalRow(row) || isTotalWord(row))) l.total = i;
  });
  return l;
}

export function parseTable(block: TableBlock, file: string): Table {
  const rows = block.rows;
  const findings: Finding[] = [];
  const L = locate(rows);
  const firstSection = Math.min(...[L.funds, L.goals, L.indicators].map((x) => x ?? rows.length));
  const fields = parseHeaderFields(rows.slice(0, firstSection));
  const unit = fundsUnit(rows.slice(0, L.indicators ?? rows.length));

  // funds
  const fundsEnd = Math.min(...[L.goals, L.indicators].filter((x): x is number => x !== null && x > (L.funds ?? -1)), rows.length);
  const fundsBody = L.funds === null ? [] : fundsRows(rows.slice(L.funds + 1, fundsEnd));
  const fundsParsed = L.funds === null ? { funds: [], findings: [], printed: [] } : parseFunds(rows[L.funds]!, fundsBody, unit, file);
  findings.push(...fundsParsed.findings);
  /** A value with the precision and place of the cell it was printed in (for the checks). */
  const printedNumber = (c: NCell | null | undefined, value: number | null): PrintedNumber | null =>
    c && value !== null ? { value, decimals: decimalsOf(c.text), place: placeOf(file, c) } : null;
  const printedPlain = (c: NCell | null | undefined): PrintedNumber | null => {
    const n = c ? parseNumber(c.text) : null;
    return printedNumber(c, n?.kind === 'number' ? n.value : null);
  };
  const printedRates = fundsParsed.funds.map((f, k) => printedNumber(fundsParsed.printed[k]?.rate, f.rate === null ? null : f.rate * 100));
  const printedFundScores = fundsParsed.funds.map((f, k) => printedNumber(fundsParsed.printed[k]?.score, f.score));

  // goals
  const goalsEnd = Math.min(...[L.indicators, L.funds].filter((x): x is number => x !== null && x > (L.goals ?? -1)), rows.length);
  const goals = L.goals === null ? null : parseGoals(rows[L.goals]!, rows.slice(L.goals + 1, goalsEnd));

  // indicators
  const indicators: Indicator[] = [];
  const level1Weights: { level1: string; weight: PrintedNumber }[] = [];
  let totalWeight: PrintedNumber | null = null;
  let totalScore: PrintedNumber | null = null;
  let total = { weight: null as number | null, score: null as number | null };
  let totalCells: { weight: NCell | null; score: NCell | null } = { weight: null, score: null };
  if (L.indicators !== null) {
    const end = L.total ?? rows.length;
    const hasInputMgmt = rows.some((r) => r.cells.some((c) => level1Of(c.text) === '投入管理指标')) || block.kind === 'dept_self_eval';
    const ctx = { roles: L.roles, allowFreeLevel2: hasInputMgmt };
    const items: IndicatorRow[] = [];
    const before: PrintedLabel[][] = [];
    let pending: PrintedLabel[] = [];
    const spans: { label: PrintedLabel; from: number; to: number }[] = [];
    const itemPos: number[] = [];
    const scan = { canonicalSeen: false };
    const body = mergeWrappedLines(rows.slice(L.indicators + 1, end), L.roles);
    const lastTableRow = body.findLastIndex((r) => r.cells.length >= 3);
    /** A wrapped line continues the previous indicator's cell in that column. */
    const continueLast = (role: 'target' | 'actual' | 'deviation', cell: NCell) => {
      const prev = items[items.length - 1];
      if (!prev) return;
      const cur = prev.values[role];
      items[items.length - 1] = { ...prev, values: { ...prev.values, [role]: cur ? { ...cur, text: cur.text + cell.text } : cell } };
    };
    for (const [k, row] of body.entries()) {
      // a line without cell separators that is no label: narrative after the table ends it;
      // with table rows still to come it is a wrapped deviation too wide for its column
      if (row.layout === 'single' && row.cells.length === 1 && isNarrative(row.cells[0]!.text)) {
        if (k > lastTableRow) break;
        continueLast('deviation', row.cells[0]!);
        continue;
      }
      const p = parseIndicatorRow(row, ctx, scan);
      // spans count grid rows (the body's order), not source lines: one HTML row may span lines
      const labelsOf = (ls: PrintedLabel[]) => { for (const l of ls) if (l.cell.rowSpan > 1) spans.push({ label: l, from: k, to: k + l.cell.rowSpan - 1 }); };
      switch (p.kind) {
        case 'indicator': labelsOf(p.value.labels); items.push(p.value); itemPos.push(k); before.push(pending); pending = []; break;
        case 'labels': labelsOf(p.labels); pending.push(...p.labels); break;
        case 'continuation': continueLast(p.role, p.cell); break;
        case 'empty': break;
      }
    }
    const inputs: LevelInput[] = items.map((it, k) => ({
      name: it.name.text,
      own: it.labels,
      before: before[k]!,
      spanned: spans.filter((s) => itemPos[k]! >= s.from && itemPos[k]! <= s.to && !it.labels.includes(s.label)).map((s) => s.label),
    }));
    const decisions = matchLevels(inputs);
    items.forEach((it, k) => {
      const d = decisions[k]!;
      const place = placeOf(file, it.name);
      const printedL1 = [...it.labels, ...inputs[k]!.spanned].find((l) => l.kind === 'level1');
      const numberOf = (c: NCell | undefined) => num(c ? parseNumber(c.text) : undefined, c, file, findings);
      const target = it.values.target ? normalizeValueText(it.values.target.text) : null;
      const actual = it.values.actual ? normalizeValueText(it.values.actual.text) : null;
      indicators.push({
        level1: d.level1,
        level2: d.level2,
        name: it.name.text,
        target,
        actual,
        weight: numberOf(it.values.weight),
        score: numberOf(it.values.score),
        deviation: it.values.deviation ? it.values.deviation.text : null,
        level1_printed: printedL1 && printedL1.kind === 'level1' ? printedL1.cell.text.replace(/\s+/g, '') : null,
        target_parsed: target === null ? null : parseValue(target),
        actual_parsed: actual === null ? null : parseValue(actual),
        level_evidence: d.evidence,
        source: place,
        places: {
          name: place,
          target: placeOf(file, it.values.target),
          actual: placeOf(file, it.values.actual),
          weight: placeOf(file, it.values.weight),
          score: placeOf(file, it.values.score),
          deviation: placeOf(file, it.values.deviation),
        },
      });
      if (d.level2 === null) findings.push(finding('LEVEL_UNDECIDED', `"${it.name.text}": no printed label or wording decides its 一级/二级 指标`, place));
      if (d.conflict) findings.push(finding('LEVEL_CONFLICT', `"${it.name.text}" sits on the row printing "${d.conflict}" but its group reads as ${d.level2} (wording and the neighbouring rows)`, place));
      for (const u of it.unplaced) findings.push(finding('CELL_UNPLACED', `"${u.text}" in the row of "${it.name.text}" fits no column`, placeOf(file, u)));
      if (it.level1Weight) {
        const l1 = it.labels.find((l) => l.kind === 'level1');
        const weight = printedPlain(it.level1Weight);
        if (l1 && l1.kind === 'level1' && weight) level1Weights.push({ level1: l1.level1, weight });
      }
    });
    spreadMergedWeights(items, indicators, findings, file);
    if (L.total !== null) {
      const t = parseTotal(rows, L.total, L.roles);
      totalCells = t;
      totalWeight = printedPlain(t.weight);
      totalScore = printedPlain(t.score);
      total = { weight: totalWeight?.value ?? null, score: totalScore?.value ?? null };
    } else if (block.kind !== 'target_declaration') {
      findings.push(finding('TOTAL_MISSING', 'no 总分 row found', placeOf(file, rows[rows.length - 1]?.cells[0])));
    }
  }
  if (indicators.length === 0) findings.push(finding('INDICATORS_MISSING', 'no indicator rows found in this table', placeOf(file, rows[0]?.cells[0])));

  const first = rows[0]!;
  const last = rows[rows.length - 1]!;
  const kind = block.kind !== 'unknown' ? block.kind : inferKind(L.roles);
  const table: Table = {
    kind,
    title: block.title,
    year: parseYear(rows),
    project: fields.project?.text ?? null,
    department: fields.department?.text ?? null,
    implementer: fields.implementer?.text ?? null,
    unit,
    funds: fundsParsed.funds,
    goals: { expected: goals?.expected ?? null, actual: goals?.actual ?? null },
    indicators,
    total,
    findings,
    source: { file, line: first.line, column: 1, endLine: last.line, ...(first.page !== undefined ? { page: first.page } : {}) },
    region: fields.region?.text ?? null,
    period: parsePeriod(rows),
    start_date: fields.start_date?.text ?? null,
    end_date: fields.end_date?.text ?? null,
    level1_weights: Object.fromEntries(level1Weights.map((w) => [w.level1 as Level1, w.weight.value])),
    places: {
      title: block.title === null ? null : placeOf(file, first.cells[0]),
      project: placeOf(file, fields.project),
      department: placeOf(file, fields.department),
      implementer: placeOf(file, fields.implementer),
      region: placeOf(file, fields.region),
      start_date: placeOf(file, fields.start_date),
      end_date: placeOf(file, fields.end_date),
      total_weight: totalWeight ? placeOf(file, totalCells.weight) : null,
      total_score: totalScore ? placeOf(file, totalCells.score) : null,
    },
  };
  table.findings.push(...checkTable({ table, totalWeight, totalScore, rates: printedRates, fundScores: printedFundScores, level1Weights }));
  return table;
}

/**
 * A 分值 printed once for a whole 二级 group (a merged cell read into the group's first row,
 * left of the indicator name) applies to every row of the group — but only when no row of the
 * group prints a 分值 of its own.
 */
function spreadMergedWeights(items: readonly IndicatorRow[], indicators: Indicator[], findings: Finding[], file: string): void {
  let start = 0;
  for (let k = 1; k <= indicators.length; k++) {
    if (k < indicators.length && indicators[k]!.level2 === indicators[start]!.level2) continue;
    const range = indicators.slice(start, k);
    const carriers = items.slice(start, k).filter((it) => it.leadingNumbers.length === 1);
    if (range.every((i) => i.weight === null) && carriers.length === 1) {
      const cell = carriers[0]!.leadingNumbers[0]!;
      const w = parseNumber(cell.text);
      if (w.kind === 'number') {
        const at = placeOf(file, cell);
        for (let j = start; j < k; j++) {
          const ind = indicators[j]!;
          indicators[j] = { ...ind, weight: w.value, ...(ind.places ? { places: { ...ind.places, weight: at } } : {}) };
        }
        findings.push(finding('MERGED_WEIGHT_SPREAD', `分值 ${cell.text} printed once beside ${range[0]!.level2} applies to its ${range.length} indicators (merged cell)`, placeOf(file, cell)));
      }
    }
    start = k;
  }
}

const isNarrative = (text: string): boolean => {
  const t = text.replace(/\s+/g, '');
  return !level1Of(t) && !/指标$/.test(t) && (t.length >= 12 || /^([一二三四五六七八九十]+、|第.{1,3}[章节部分]|附件)/.test(t) || /(报告|说明|情况)$/.test(t));
};

function inferKind(roles: ReadonlyMap<IndicatorRole, number>): Table['kind'] {
  if (roles.has('score') || roles.has('actual')) return roles.has('level1_weight') ? 'dept_self_eval' : 'project_self_eval';
  if (roles.has('target')) return 'target_declaration';
  return 'unknown';
}
