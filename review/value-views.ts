import type { Place } from '../schemas/place.js';
import type { Document, Finding, Table } from '../schemas/record.js';
import type { Correction, CorrectionEntity, Verification } from '../store/corrections.js';
import { withOccurrence } from './align.js';

/**
 * The record as the review page shows it: every value with its Chinese label, the text shown
 * (a reviewer's correction when there is one), the place of its source cell and the key a
 * correction of it is stored under. Pure.
 */
export interface ValueView {
  readonly label: string;
  readonly text: string;
  /** the value's own place when the record has one (`places.<field>`), else its row's */
  readonly place: Place | null;
  readonly key: ValueKey | null;
  /** what the reviewer types to correct it (amounts in 元, rates as percentages) */
  readonly input: string;
  readonly corrected: { readonly extracted: string; readonly reason: string; readonly reviewer: string; readonly at: string } | null;
}

export interface ValueKey {
  readonly table_ordinal: number;
  readonly entity: CorrectionEntity;
  readonly row_name: string;
  readonly row_occurrence: number;
  /** the stored column (correction field) */
  readonly field: string;
}

export interface TableView {
  readonly ordinal: number;
  readonly kind: Table['kind'];
  readonly kindLabel: string;
  readonly title: string | null;
  readonly year: number | null;
  readonly unit: string | null;
  readonly header: readonly ValueView[];
  readonly funds: readonly (readonly ValueView[])[];
  readonly indicators: readonly (readonly ValueView[])[];
  readonly total: readonly ValueView[];
  readonly goals: readonly { readonly label: string; readonly text: string }[];
  readonly findings: readonly Finding[];
  readonly verified: Verification | null;
}

export const KIND_LABELS: Record<Table['kind'], string> = {
  project_self_eval: '项目支出绩效自评表',
  dept_self_eval: '部门整体支出绩效自评表',
  target_declaration: '绩效目标申报表',
  unknown: '未识别的表',
};

type Shown = string | number | null | undefined;
/** How a stored value reads: amounts in 元 (the record's unit), rates as percentages. */
type Format = 'text' | 'number' | 'yuan' | 'fen' | 'rate';

const showNumber = (n: number): string => String(Math.round(n * 1e6) / 1e6);
const FORMATS: Record<Format, (v: Shown) => string> = {
  text: (v) => (v === null || v === undefined ? '' : String(v)),
  number: (v) => (typeof v === 'number' ? showNumber(v) : v === null || v === undefined ? '' : String(v)),
  yuan: (v) => (typeof v === 'number' ? showNumber(v) : ''),
  fen: (v) => (v === null || v === undefined ? '' : showNumber(Number(v) / 100)),
  rate: (v) => (typeof v === 'number' ? `${showNumber(v * 100)}%` : ''),
};

/** The value's own place from `places` (per-value places, when the record has them), else the fallback. */
function placeOf(holder: unknown, field: string, fallback: Place | null | undefined): Place | null {
  const places = (holder as { places?: Record<string, Place | null | undefined> } | null)?.places;
  return places?.[field] ?? fallback ?? null;
}

interface FieldSpec {
  readonly field: string;
  readonly column: string;
  readonly label: string;
  readonly format: Format;
  /** how the correction is shown once stored (amounts are stored in 分) */
  readonly stored: Format;
}
const spec = (field: string, label: string, format: Format = 'text', column = field, stored: Format = format): FieldSpec => ({ field, column, label, format, stored });

const INDICATOR_FIELDS = [
  spec('level1', '一级指标'), spec('level2', '二级指标'), spec('name', '三级指标'), spec('target', '年度指标值'),
  spec('actual', '实际完成值'), spec('weight', '分值', 'number'), spec('score', '得分', 'number'), spec('deviation', '偏差原因'),
];
const FUNDS_FIELDS = [
  spec('item', '资金项目'), spec('initial_budget', '年初预算数', 'yuan', 'initial_budget_fen', 'fen'),
  spec('annual_budget', '全年预算数', 'yuan', 'annual_budget_fen', 'fen'), spec('executed', '全年执行数', 'yuan', 'executed_fen', 'fen'),
  spec('weight', '分值', 'number'), spec('rate', '执行率', 'rate'), spec('score', '得分', 'number'),
];
const HEADER_FIELDS = [
  spec('title', '标题'), spec('year', '年度', 'number'), spec('project', '项目名称'), spec('department', '主管部门'), spec('implementer', '实施单位'),
];

export const INDICATOR_LABELS = INDICATOR_FIELDS.map((f) => f.label);
export const FUNDS_LABELS = FUNDS_FIELDS.map((f) => f.label);

const keyText = (k: ValueKey): string => `${k.table_ordinal}|${k.entity}|${k.row_name}|${k.row_occurrence}|${k.field}`;

export function tableViews(document: Document, corrections: readonly Correction[], verified: ReadonlyMap<number, Verification>): TableView[] {
  const byKey = new Map(corrections.filter((c) => c.document_sha256 === document.sha256).map((c) => [keyText(c), c]));
  const value = (holder: object, s: FieldSpec, key: ValueKey, fallback: Place | null | undefined): ValueView => {
    const raw = (holder as Record<string, Shown>)[s.field];
    const c = byKey.get(keyText(key));
    return {
      label: s.label,
      text: c ? FORMATS[s.stored](c.new_value as Shown) : FORMATS[s.format](raw),
      place: placeOf(holder, s.field, fallback),
      key,
      input: c ? FORMATS[s.stored](c.new_value as Shown) : FORMATS[s.format](raw),
      corrected: c ? { extracted: FORMATS[s.format](raw), reason: c.reason, reviewer: c.reviewer, at: c.corrected_at } : null,
    };
  };
  return document.tables.map((t, i) => {
    const ordinal = i + 1;
    const rows = <R extends object>(list: readonly R[], entity: 'indicator' | 'funds', name: (r: R) => string, fields: FieldSpec[]) => {
      const keys = withOccurrence(list, name);
      return list.map((r, j) => {
        const occurrence = Number(/#(\d+)$/.exec(keys[j]!)?.[1] ?? 1);
        return fields.map((s) => value(r, s, { table_ordinal: ordinal, entity, row_name: name(r), row_occurrence: occurrence, field: s.column }, (r as { source?: Place | null }).source));
      });
    };
    const tableKey = (field: string): ValueKey => ({ table_ordinal: ordinal, entity: 'table', row_name: '', row_occurrence: 1, field });
    return {
      ordinal, kind: t.kind, kindLabel: KIND_LABELS[t.kind], title: t.title, year: t.year, unit: t.unit,
      header: HEADER_FIELDS.map((s) => value(t, s, tableKey(s.column), s.field === 'title' ? t.source : null)),
      funds: rows(t.funds, 'funds', (f) => f.item, FUNDS_FIELDS),
      indicators: rows(t.indicators, 'indicator', (r) => r.name, INDICATOR_FIELDS),
      total: [
        // the 总分 cells' places are the table's `places.total_weight` / `places.total_score`
        { ...value(t.total, spec('weight', '总分·分值', 'number'), tableKey('total_weight'), null), place: placeOf(t, 'total_weight', null) },
        { ...value(t.total, spec('score', '总分·得分', 'number'), tableKey('total_score'), null), place: placeOf(t, 'total_score', null) },
      ],
      goals: [{ label: '预期目标', text: t.goals.expected ?? '' }, { label: '实际完成情况', text: t.goals.actual ?? '' }],
      findings: t.findings,
      verified: verified.get(ordinal) ?? null,
    };
  });
}
