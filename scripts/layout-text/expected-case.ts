/**
 * The expected.json of a layout-text case, from its specs alone (expectTable: the canonical side
 * of each spec and the findings its planted errors must raise). Line numbers are dropped: they
 * are pdftotext's, not the spec's, and are not scored on this corpus.
 */
import type { ExpectedIndicator, ExpectedTable } from '../generate/expected.js';
import { expectTable } from '../generate/expected.js';
import { caseSpecs, describeCase, type LayoutTextCase } from './cases.js';

export type LayoutExpectedTable = Omit<ExpectedTable, 'line' | 'indicators'> & { readonly indicators: ReadonlyArray<Omit<ExpectedIndicator, 'line'>> };

export interface LayoutExpected {
  readonly description: string;
  readonly seed: number;
  readonly encoding: 'utf-8' | 'gb18030';
  readonly tables: readonly LayoutExpectedTable[];
}

export function expectedForCase(c: LayoutTextCase): LayoutExpected {
  const tables = caseSpecs(c).map((spec) => {
    const { line: _title, indicators, ...table } = expectTable(spec, { title: 0, indicators: spec.indicators.map(() => 0) }, []);
    return { ...table, indicators: indicators.map(({ line: _line, ...ind }) => ind) };
  });
  return { description: describeCase(c), seed: c.seed, encoding: c.encoding, tables };
}
