/**
 * The layout-text cases: tables drawn by the generator from seeds no other test uses, printed to
 * PDF the way the PDF fixtures are (scripts/make-layout-text-fixtures.ts) and read back with
 * `pdftotext -layout`. Each case says which kinds it holds, which arithmetic errors are planted
 * in which table (an empty list: a consistent table), how it is printed, and its encoding.
 * The specs — and so the expected records — depend on nothing but this list.
 */
import { buildSpec } from '../generate/build-spec.js';
import { mulberry32 } from '../generate/prng.js';
import { injectionsFor } from '../generate/inconsistencies.js';
import type { GeneratedKind, Injection, TableSpec } from '../generate/table-spec.js';
import type { HeaderStack } from './header-labels.js';
import { blankInitialBudget } from './funds-variants.js';
import type { LayoutTextVariant } from './variant.js';

export interface LayoutTextCase {
  readonly name: string;
  readonly seed: number;
  /** one entry per table: its kind and the errors planted in it */
  readonly tables: ReadonlyArray<{ readonly kind: GeneratedKind; readonly injections: readonly Injection[] }>;
  readonly variant: LayoutTextVariant;
  readonly encoding: 'utf-8' | 'gb18030';
}

/** Seeds of this corpus: far from the generator tests (10_000–60_000) and corpus-report (900_000+). */
const BASE_SEED = 7_700_000;

/** Rounds whose sheets repeat the indicator header on every page. */
const REPEATED_HEADER: readonly number[] = [1, 5, 8];

const KINDS: readonly GeneratedKind[] = ['project_self_eval', 'dept_self_eval', 'target_declaration'];
const SHORT: Readonly<Record<GeneratedKind, string>> = { project_self_eval: 'project', dept_self_eval: 'dept', target_declaration: 'declaration' };

/**
 * 30 cases, 10 per kind. The features cycle with different periods, so every kind meets every
 * header stacking, wrapped and unwrapped values and funds labels, merged and unmerged labels,
 * both funds styles, GB18030 and full-width, planted errors and consistent tables.
 */
export function layoutTextCases(): LayoutTextCase[] {
  const cases: LayoutTextCase[] = [];
  for (let i = 0; i < 10; i++) {
    for (const kind of KINDS) {
      const n = cases.length;
      const stack = ([1, 2, 3] as HeaderStack[])[i % 3]!;
      const variant: LayoutTextVariant = {
        headerStack: stack,
        valueWrap: i % 2 === 0 ? [8, 10, 12][i % 3]! : null,
        fundsLabelWrap: i % 4 === 3 ? null : [14, 16, 12][i % 3]!,
        mergeLabels: i % 5 !== 4,
        // every other project case, so a blank 年初预算数 meets every header stacking
        funds: kind === 'project_self_eval' && i % 2 === 1 ? 'blank_initial' : 'full',
        fullWidth: i % 5 === 3,
        orientation: i % 2 === 0 ? 'landscape' : 'portrait',
        // one-table sheets only (Excel repeats one header row per sheet), with 2- and 3-line headers
        repeatHeader: REPEATED_HEADER.includes(i),
      };
      const encoding = i % 5 === 2 ? 'gb18030' : 'utf-8';
      // planted errors: one per table in odd cases, cycling through what the kind can carry; two in every fourth
      const possible = injectionsFor(kind);
      const planted = (t: number): Injection[] => {
        if (kind === 'target_declaration' || i % 2 === 0) return [];
        const first = possible[(i + t) % possible.length]!;
        const second = possible[(i + t + 1) % possible.length]!;
        return i % 4 === 3 && first !== second ? [first, second] : [first];
      };
      const count = i % 3 === 0 ? 2 : 1;
      const tables = Array.from({ length: count }, (_, t) => ({ kind, injections: t === 1 && i % 2 === 1 ? [] : planted(t) }));
      const tags = [
        `h${stack}`, variant.repeatHeader ? 'repeated' : '', variant.valueWrap ? 'wrapped' : '', variant.mergeLabels ? '' : 'unmerged', variant.funds === 'blank_initial' ? 'blank-initial' : '',
        variant.fullWidth ? 'fullwidth' : '', encoding === 'gb18030' ? 'gb18030' : '', tables.some((t) => t.injections.length) ? 'planted' : 'consistent',
      ].filter(Boolean);
      cases.push({ name: `${String(n).padStart(2, '0')}-${SHORT[kind]}-${tags.join('-')}`, seed: BASE_SEED + 100 * n, tables, variant, encoding });
    }
  }
  return cases;
}

/** The specs a case prints: drawn from its seed, then given the case's funds style. */
export function caseSpecs(c: LayoutTextCase): TableSpec[] {
  const root = mulberry32(c.seed);
  return c.tables.map(({ kind, injections }, t) => {
    const spec = buildSpec(root.fork(`spec-${t}`), kind, { placement: c.variant.mergeLabels ? 'middle' : 'first', injectRate: 0, injections });
    return c.variant.funds === 'blank_initial' ? blankInitialBudget(spec) : spec;
  });
}

/** A one-line description of a case for its expected.json and the report. */
export function describeCase(c: LayoutTextCase): string {
  const v = c.variant;
  const parts = [
    `${c.tables.length} × ${c.tables[0]!.kind}`,
    `header labels on ${v.headerStack} line${v.headerStack > 1 ? 's' : ''}`,
    v.valueWrap ? `values wrapped at ${v.valueWrap} columns` : 'values on one line',
    v.fundsLabelWrap ? `funds labels wrapped at ${v.fundsLabelWrap} columns` : 'funds labels on one line',
    v.mergeLabels ? 'merged 一级/二级 labels' : 'labels on the first row of their group',
    v.funds === 'blank_initial' ? '年初预算数 blank' : '',
    v.fullWidth ? 'full-width ASCII' : '',
    c.encoding === 'gb18030' ? 'GB18030' : '',
    v.repeatHeader ? 'indicator header repeated on every page' : '',
    v.orientation,
    `planted: ${c.tables.map((t) => (t.injections.length ? t.injections.join('+') : 'none')).join(', ')}`,
  ];
  return parts.filter(Boolean).join('; ');
}
