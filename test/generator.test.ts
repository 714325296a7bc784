import { describe, expect, it } from 'vitest';
import OpenCC from 'opencc-js/t2cn';
import { DocumentSchema, type Document, type Indicator, type Table } from '../schemas/record.js';
import { generateDocument, type GeneratedDocument } from '../scripts/generate/generate-document.js';
import { PERTURBATIONS, type Perturbation } from '../scripts/generate/perturbations.js';
import { LAYOUTS, displayWidth, type Layout } from '../scripts/generate/layouts.js';
import { mulberry32 } from '../scripts/generate/prng.js';
import {
  canonicalMoney, canonicalNumber, canonicalRate, canonicalValue, foldText, foldWidth, parseValue, shiftDecimal,
} from '../scripts/generate/oracle.js';
import { ALL_BANK_TEXT } from '../scripts/generate/vocabulary.js';
import { INPUT_GROUPS, NEUTRAL_NAMES, allRevealingNames, groupByWording } from '../scripts/generate/indicator-names.js';
import { INJECTIONS } from '../scripts/generate/inconsistencies.js';
import type { TableSpec } from '../scripts/generate/table-spec.js';
import { labelFragments, splitForContinuation } from '../scripts/generate/table-grid.js';
import { fixed, partition, trimmed, withThousands } from '../scripts/generate/scaled.js';
import { KANGXI_FOR, toTraditional } from '../scripts/generate/glyphs.js';
import { align, accuracy, formatMismatches, scoreCorpus, scoreDocument } from '../scripts/generate/score.js';
import { THRESHOLDS, thresholdFor } from '../scripts/generate/thresholds.js';
import type { ExpectedTable } from '../scripts/generate/expected.js';

const toSimplified = OpenCC.Converter({ from: 't', to: 'cn' });
const SEEDS = [1, 2, 3, 4, 5, 6, 7, 8];
const lines = (d: GeneratedDocument): string[] => d.text.split(/\r?\n/);
const cellsOf = (line: string): string[] => line.split('\t').filter((c) => c !== '');
const sortedChars = (s: string): string => [...s.replace(/\s/g, '')].sort().join('');

describe('oracle (the generator’s own reading of CONVENTIONS.md)', () => {
  it('normalizes the value forms the conventions list', () => {
    expect(canonicalValue('≥90.00(%)')).toBe('≥90%');
    expect(canonicalValue('>=90')).toBe('≥90');
    expect(canonicalValue('+100.00(%)')).toBe('+100%');
    expect(canonicalValue('完成率 100%')).toBe('完成率100%');
    expect(canonicalValue('98.30%')).toBe('98.3%');
    expect(canonicalValue('2.00项')).toBe('2项');
    expect(canonicalValue('70.00(人)')).toBe('70人');
    expect(canonicalValue('100%')).toBe('100%');
    expect(canonicalValue('3000')).toBe('3000');
    expect(canonicalValue('2项（设施、设备维护）')).toBe('2项(设施、设备维护)');
    for (const blank of ['—', '-', '/', '无', '', '  ']) expect(canonicalValue(blank)).toBeNull();
  });

  it('parses values into comparator, value, range and unit', () => {
    expect(parseValue('95%-100%')).toEqual({ comparator: null, value: 95, value_max: 100, unit: '%' });
    expect(parseValue('≥36次')).toEqual({ comparator: '≥', value: 36, value_max: null, unit: '次' });
    expect(parseValue('1万人')).toEqual({ comparator: null, value: 1, value_max: null, unit: '万人' });
    expect(parseValue('完成率100%')).toEqual({ comparator: null, value: 100, value_max: null, unit: '%' });
    expect(parseValue('+100%')).toEqual({ comparator: null, value: 100, value_max: null, unit: '%' });
    expect(parseValue('健全')).toEqual({ comparator: null, value: null, value_max: null, unit: null });
  });

  it('folds text: full width, markup, wraps', () => {
    expect(foldText('<p>服务对象满 意度指标</p>')).toBe('服务对象满意度指标');
    expect(foldText('其中：当年财政拨款')).toBe('其中:当年财政拨款');
    expect(foldText('两新党组织 33 家')).toBe('两新党组织33家');
    expect(foldText('abc  def')).toBe('abc def');
  });

  it('converts money and rates exactly', () => {
    expect(canonicalMoney('44.32', '万元')).toBe(443200);
    expect(canonicalMoney('0.48', '万元')).toBe(4800);
    expect(canonicalMoney('2,977,291.16', '元')).toBe(2977291.16);
    expect(canonicalMoney('05532462', null)).toBe(5532462);
    expect(canonicalRate('98.30%')).toBe(0.983);
    expect(canonicalRate('100.00%')).toBe(1);
    expect(canonicalRate('48%')).toBe(0.48);
    expect(canonicalRate('')).toBeNull();
    expect(canonicalNumber('—')).toBeNull();
    expect(shiftDecimal('1.23456', 4)).toBe('12345.6');
    expect(shiftDecimal('5', -2)).toBe('0.05');
  });
});

describe('scaled arithmetic', () => {
  it('prints integers of a small unit as decimals', () => {
    expect(trimmed(98300, 4)).toBe('9.83');
    expect(trimmed(1_000_000, 4)).toBe('100');
    expect(trimmed(5, 4)).toBe('0.0005');
    expect(fixed(98_345, 4, 2)).toBe('9.83');
    expect(fixed(98_350, 4, 2)).toBe('9.84');
    expect(fixed(4432, 2, 2)).toBe('44.32');
    expect(withThousands('2977291.16')).toBe('2,977,291.16');
  });

  it('partitions a total into positive multiples of a step', () => {
    const rng = mulberry32(9);
    for (let i = 0; i < 50; i++) {
      const n = rng.int(1, 30);
      const parts = partition(() => rng.next(), 900_000, n, 5_000);
      expect(parts).toHaveLength(n);
      expect(parts.reduce((a, b) => a + b, 0)).toBe(900_000);
      for (const p of parts) expect(p % 5_000 === 0 && p >= 5_000).toBe(true);
    }
  });
});

describe('word banks', () => {
  const roundTrips = (s: string) => toSimplified(toTraditional(s)) === s;

  it('survive Simplified → Traditional → Simplified unchanged', () => {
    const names = allRevealingNames().map((n) => n.name);
    const input = INPUT_GROUPS.flatMap((g) => [g.level2, ...g.misprints, ...g.names]);
    const broken = [...ALL_BANK_TEXT, ...names, ...NEUTRAL_NAMES, ...input].filter((s) => !roundTrips(s));
    expect(broken).toEqual([]);
  });

  it('neutral names reveal no group, revealing names reveal their own', () => {
    expect(NEUTRAL_NAMES.filter((n) => groupByWording(n) !== null)).toEqual([]);
    expect(allRevealingNames().filter(({ group, name }) => groupByWording(name) !== group)).toEqual([]);
  });

  it('never print a duplicated-fragment pattern by accident', () => {
    const dup = (s: string) => [...Array(s.length).keys()].some((k) => k >= 3 && 2 * k <= s.length && s.startsWith(s.slice(0, k), k));
    expect([...ALL_BANK_TEXT, ...allRevealingNames().map((n) => n.name), ...NEUTRAL_NAMES].filter(dup)).toEqual([]);
  });
});

describe('generateDocument', () => {
  it('is deterministic for a seed and differs across seeds', () => {
    const a = generateDocument(42);
    const b = generateDocument(42);
    expect(Buffer.from(a.bytes).equals(Buffer.from(b.bytes))).toBe(true);
    expect(a.expected).toEqual(b.expected);
    expect(generateDocument(43).text).not.toBe(a.text);
  });

  it('puts every indicator on the line the expected record says', () => {
    for (const layout of LAYOUTS) {
      for (const seed of SEEDS) {
        const d = generateDocument(seed, { layout, perturbations: [], tables: 3 });
        const ls = lines(d);
        d.expected.forEach((t, i) => {
          expect(ls[t.line - 1]).toContain(d.specs[i]!.title.printed);
          t.indicators.forEach((ind, k) => expect(ls[ind.line - 1], `seed ${seed} table ${i} row ${k}`).toContain(d.specs[i]!.indicators[k]!.name.printed));
        });
      }
    }
  });

  it('lays out space-layout cells with at least two spaces between them and CJK counted twice', () => {
    expect(displayWidth('产出指标')).toBe(8);
    expect(displayWidth('≥90%')).toBe(4);
    expect(displayWidth('１０')).toBe(4);
    for (const seed of SEEDS) {
      const d = generateDocument(seed, { layout: 'space', perturbations: [] });
      d.specs.forEach((spec, t) => spec.indicators.forEach((ind, k) => {
        const line = lines(d)[d.expected[t]!.indicators[k]!.line - 1]!;
        const name = ind.name.printed;
        const at = line.indexOf(name);
        expect(line.slice(at + name.length, at + name.length + 2)).toMatch(/^( {2}|$)/);
        expect(at === 0 || line.slice(at - 2, at) === '  ').toBe(true);
      }));
    }
  });
});

// ---------------------------------------------------------------- totals add up

const sum = (xs: ReadonlyArray<number | null>): number => xs.reduce<number>((a, b) => a + (b ?? 0), 0);
const close = (a: number, b: number, tol = 1e-6): boolean => Math.abs(a - b) <= tol;
const decimalsOf = (printed: string): number => /\.(\d+)/.exec(printed)?.[1]!.length ?? 0;

function arithmeticProblems(spec: TableSpec): string[] {
  const problems: string[] = [];
  if (spec.kind === 'target_declaration') return problems;
  const inds = spec.indicators;
  const head = spec.funds[0]!;
  const fundsWeight = spec.kind === 'project_self_eval' ? head.weight.value ?? 0 : 0;
  const fundsScore = spec.kind === 'project_self_eval' ? head.score.value ?? 0 : 0;
  if (!close(sum(inds.map((i) => i.weight.value)) + fundsWeight, spec.total!.weight.value)) problems.push('total_weight_wrong');
  if (!close(sum(inds.map((i) => i.score.value)) + fundsScore, spec.total!.score.value)) problems.push('total_score_wrong');
  if (inds.some((i) => (i.score.value ?? 0) > (i.weight.value ?? 0) + 1e-9)) problems.push('score_exceeds_weight');
  spec.funds.forEach((f, k) => {
    if (f.rate.value === null || f.annual_budget.value === null || f.executed.value === null || f.annual_budget.value === 0) return;
    const tol = 10 ** -decimalsOf(f.rate.printed) / 100 / 2 + 1e-12;
    if (Math.abs(f.executed.value / f.annual_budget.value - f.rate.value) > tol) problems.push(k === 0 ? 'execution_rate_wrong' : `rate of row ${k}`);
  });
  if (spec.kind === 'project_self_eval') {
    if (head.score.value !== null && head.weight.value !== null) {
      const tol = Math.max(0.5 * 10 ** -decimalsOf(head.score.printed), 0.005) + 1e-9;
      if (Math.abs(head.weight.value * Math.min(head.rate.value ?? 0, 1) - head.score.value) > tol) problems.push('funds_score_wrong');
    }
    for (const col of ['initial_budget', 'annual_budget', 'executed'] as const) {
      const parts = spec.funds.slice(1).map((f) => f[col].value);
      if (parts.some((p) => p !== null) && !close(sum(parts), head[col].value ?? 0, 1e-4)) problems.push(col === 'annual_budget' ? 'funds_parts_wrong' : `parts of ${col}`);
    }
  }
  for (const l1 of spec.level1Weights) {
    if (!close(sum(inds.filter((i) => i.level1 === l1.level1).map((i) => i.weight.value)), l1.weight.value)) problems.push('level1_weight_wrong');
  }
  return [...new Set(problems)];
}

describe('spec arithmetic', () => {
  it('adds up exactly when no inconsistency is injected', () => {
    for (let seed = 1; seed <= 60; seed++) {
      const d = generateDocument(seed, { injections: [], tables: 3, perturbations: [] });
      for (const spec of d.specs) expect(arithmeticProblems(spec), `seed ${seed}`).toEqual([]);
    }
  });

  it('breaks exactly the injected check, and the expected findings say so', () => {
    for (const injection of Object.keys(INJECTIONS) as Array<keyof typeof INJECTIONS>) {
      for (const seed of SEEDS) {
        const d = generateDocument(seed, { injections: [injection], tables: 2, kinds: INJECTIONS[injection].kinds, perturbations: [] });
        d.specs.forEach((spec, i) => {
          const problems = arithmeticProblems(spec);
          expect(problems, `${injection} seed ${seed}`).toContain(injection);
          for (const p of problems) expect([injection, 'funds_score_wrong'].includes(p) || (injection === 'funds_parts_wrong' && p.startsWith('parts')), `${injection} seed ${seed}: ${p}`).toBe(true);
          expect(d.expected[i]!.findings.required).toContain(INJECTIONS[injection].raises);
          expect(d.expected[i]!.findings.forbidden).not.toContain(INJECTIONS[injection].raises);
        });
      }
    }
  });

  it('injects errors into about the requested share of tables', () => {
    let injected = 0;
    let tables = 0;
    for (let seed = 1; seed <= 150; seed++) {
      const d = generateDocument(seed, { injectRate: 0.3, kinds: ['project_self_eval'], tables: 1, perturbations: [] });
      tables++;
      if (d.specs[0]!.injections.length > 0) injected++;
    }
    expect(injected / tables).toBeGreaterThan(0.15);
    expect(injected / tables).toBeLessThan(0.45);
  });
});

// ---------------------------------------------------------------- each perturbation shows

type Detector = (clean: GeneratedDocument, damaged: GeneratedDocument) => void;

/** Lines whose text differs between the clean and the damaged document (same line count). */
const changedLines = (a: GeneratedDocument, b: GeneratedDocument): Array<[string, string]> => {
  const la = lines(a);
  const lb = lines(b);
  expect(lb.length).toBe(la.length);
  return la.map((l, i) => [l, lb[i]!] as [string, string]).filter(([x, y]) => x !== y);
};

const sameCellsMoved = (sign: -1 | 0 | 1): Detector => (clean, damaged) => {
  const changed = changedLines(clean, damaged);
  expect(changed.length).toBeGreaterThan(0);
  for (const [c, d] of changed) {
    expect(cellsOf(d)).toEqual(cellsOf(c));
    const delta = Math.sign(d.split('\t').length - c.split('\t').length);
    if (sign !== 0) expect(delta).toBe(sign);
  }
};

const isSubsequence = (small: readonly string[], big: readonly string[]): boolean => {
  let j = 0;
  for (const s of big) if (j < small.length && s === small[j]) j++;
  return j === small.length;
};

function groupsOfSize(d: GeneratedDocument, min: number) {
  const out: Array<{ rows: number[]; label: string; table: number }> = [];
  d.specs.forEach((spec, t) => {
    let start = 0;
    spec.indicators.forEach((ind, k) => {
      const next = spec.indicators[k + 1];
      if (!next || next.level2 !== ind.level2 || next.level1 !== ind.level1) {
        const rows = Array.from({ length: k - start + 1 }, (_, i) => start + i);
        if (rows.length >= min) out.push({ rows, label: ind.level2Printed, table: t });
        start = k + 1;
      }
    });
  });
  return out;
}

const labelMoved = (at: (size: number) => number, min: number): Detector => (_clean, damaged) => {
  const groups = groupsOfSize(damaged, min);
  expect(groups.length).toBeGreaterThan(0);
  for (const g of groups) {
    const lineOf = (row: number) => lines(damaged)[damaged.expected[g.table]!.indicators[row]!.line - 1]!;
    expect(cellsOf(lineOf(g.rows[0]!))).not.toContain(g.label);
    expect(cellsOf(lineOf(g.rows[at(g.rows.length)]!))).toContain(g.label);
  }
};

const DETECTORS: Readonly<Record<Perturbation, Detector>> = {
  labels_middle: labelMoved((n) => Math.floor((n - 1) / 2), 3),
  labels_last: labelMoved((n) => n - 1, 2),
  label_split_lines: (clean, damaged) => {
    expect(clean.text).toContain('年度总体目标');
    expect(damaged.text).not.toContain('年度总体目标');
    expect(lines(damaged).some((l) => cellsOf(l)[0] === '总体')).toBe(true);
  },
  row_shift: sameCellsMoved(0),
  empty_cells_doubled: sameCellsMoved(1),
  empty_cells_dropped: sameCellsMoved(-1),
  wrap_spaces: (clean, damaged) => {
    for (const [c, d] of changedLines(clean, damaged)) expect(d.replace(/ /g, '')).toBe(c.replace(/ /g, ''));
    expect(damaged.text).toMatch(/[\u4e00-\u9fff] [\u4e00-\u9fff0-9]/);
  },
  long_cell_continued: (clean, damaged) => {
    expect(lines(damaged).length).toBeGreaterThan(lines(clean).length);
    expect(sortedChars(damaged.text)).toBe(sortedChars(clean.text));
  },
  duplicate_wrap_fragment: (clean, damaged) => {
    const names = damaged.specs.flatMap((s) => s.indicators.map((i) => i.name.printed));
    const doubled = names.filter((n) => [...Array(n.length).keys()].some((k) => k >= 3 && damaged.text.includes(`${n.slice(0, k)} ${n}`)));
    expect(doubled.length).toBeGreaterThanOrEqual(damaged.specs.length);
    expect(clean.text).not.toBe(damaged.text);
  },
  html_remnants: (clean, damaged) => {
    expect(damaged.text).toMatch(/<p>|<br\/?>|&nbsp;/);
    expect(damaged.text.replace(/<\/?p>|<br\/?>|&nbsp;/g, '')).toBe(clean.text);
  },
  fullwidth: (clean, damaged) => {
    expect(damaged.text).toMatch(/[\uff10-\uff19]/);
    expect(foldWidth(damaged.text)).toBe(foldWidth(clean.text));
  },
  kangxi: (clean, damaged) => {
    expect(damaged.text).toMatch(/[\u2f00-\u2fd5]/);
    expect(damaged.text.replace(/[\u2f00-\u2fd5]/g, (c) => c.normalize('NFKC'))).toBe(clean.text);
  },
  traditional: (clean, damaged) => {
    expect(damaged.text).not.toBe(clean.text);
    expect(toSimplified(damaged.text)).toBe(clean.text);
  },
  header_label_row: (_clean, damaged) => {
    expect(lines(damaged).some((l) => /(项目名称|街镇名称)\t(主管部门|所属部门)/.test(l) || /主管部门\t实施单位/.test(l))).toBe(true);
  },
  total_broken: (_clean, damaged) => {
    damaged.expected.filter((t) => t.kind !== 'target_declaration').forEach((t) => {
      expect(lines(damaged)).toContain(`| ${damaged.specs[damaged.expected.indexOf(t)]!.total!.weight.printed} |`);
      expect(lines(damaged)).toContain(`${damaged.specs[damaged.expected.indexOf(t)]!.total!.score.printed} |`);
    });
    expect(lines(damaged)).toContain('总分');
  },
  page_break: (clean, damaged) => {
    expect(lines(damaged).length).toBeGreaterThan(lines(clean).length);
    expect(isSubsequence(lines(clean), lines(damaged))).toBe(true);
  },
  narrative: (clean, damaged) => {
    const nonBlank = (d: GeneratedDocument) => lines(d).filter((l) => l.trim() !== '');
    expect(nonBlank(damaged).length).toBeGreaterThan(nonBlank(clean).length);
    expect(isSubsequence(nonBlank(clean), nonBlank(damaged))).toBe(true);
  },
  crlf: (clean, damaged) => {
    expect(damaged.text).toContain('\r\n');
    expect(damaged.text.replace(/\r\n/g, '\n')).toBe(clean.text);
  },
  bom: (clean, damaged) => {
    expect([...damaged.bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(new TextDecoder('utf-8', { ignoreBOM: false }).decode(damaged.bytes)).toBe(clean.text);
  },
  gb18030: (clean, damaged) => {
    expect(damaged.encoding).toBe('gb18030');
    expect(new TextDecoder('gb18030').decode(damaged.bytes)).toBe(clean.text);
    expect(Buffer.from(damaged.bytes).equals(Buffer.from(clean.bytes))).toBe(false);
  },
};

describe('each perturbation actually appears, and only as itself', () => {
  for (const p of PERTURBATIONS) {
    it(p, () => {
      for (const seed of SEEDS.slice(0, 4)) {
        const layout: Layout = 'tab';
        const clean = generateDocument(seed, { layout, perturbations: [], tables: 2 });
        const damaged = generateDocument(seed, { layout, perturbations: [p], tables: 2 });
        expect(damaged.perturbations).toEqual([p]);
        expect(damaged.class).toBe(p);
        DETECTORS[p](clean, damaged);
      }
    });
  }

  it('GB18030 documents decode back to their text in every layout, Traditional included', () => {
    for (const layout of LAYOUTS) for (const seed of SEEDS) {
      const d = generateDocument(seed, { layout, perturbations: ['gb18030', 'traditional', 'fullwidth'] });
      expect(new TextDecoder('gb18030').decode(d.bytes)).toBe(d.text);
    }
  });

  it('refuses incompatible combinations', () => {
    expect(() => generateDocument(1, { perturbations: ['labels_middle', 'labels_last'] })).toThrow(/cannot be combined/);
    expect(() => generateDocument(1, { perturbations: ['bom', 'gb18030'] })).toThrow(/cannot be combined/);
  });

  it('random mixes cover every perturbation and every layout', () => {
    const seen = new Set<string>();
    for (let seed = 1; seed <= 200; seed++) {
      const d = generateDocument(seed);
      d.perturbations.forEach((p) => seen.add(p));
      seen.add(d.layout);
    }
    expect([...PERTURBATIONS, ...LAYOUTS].filter((x) => !seen.has(x))).toEqual([]);
  });
});

describe('helpers of the grid', () => {
  it('splits long cells only between ideographs, into fragments that join back', () => {
    const rng = mulberry32(5);
    const text = '以党建引领基层治理，做好服务基层党组织、服务党员群众工作。2022年完成48场';
    for (let i = 0; i < 20; i++) {
      const parts = splitForContinuation(rng, text);
      expect(parts.join('')).toBe(text);
      for (let k = 1; k < parts.length; k++) {
        expect(parts[k - 1]!.slice(-1)).toMatch(/[\u4e00-\u9fff]/);
        expect(parts[k]![0]).toMatch(/[\u4e00-\u9fff]/);
      }
    }
  });

  it('writes outer labels as fragments', () => {
    expect(labelFragments('年度总体目标')).toEqual(['年度', '总体', '目标']);
    expect(labelFragments('项目资金 (万元)')).toEqual(['项目', '资金', '(万元)']);
    expect(labelFragments('项目资金（元）')).toEqual(['项目', '资金', '（元）']);
  });

  it('knows Kangxi look-alikes of common characters', () => {
    expect(KANGXI_FOR.get('目')).toBe('⽬');
    expect(KANGXI_FOR.get('支')).toBe('⽀');
    expect(KANGXI_FOR.get('自')).toBe('⾃');
  });
});

// ---------------------------------------------------------------- score.ts on hand-made pairs

/** The Document a perfect extractor would return for a generated document. */
function perfectDocument(d: GeneratedDocument): Document {
  const table = (e: ExpectedTable): Table => ({
    kind: e.kind, title: e.title, year: e.year, project: e.project, department: e.department, implementer: e.implementer,
    unit: e.unit, region: e.region ?? null,
    funds: (e.funds ?? []).map((f) => ({ ...f })),
    goals: { ...e.goals },
    indicators: e.indicators.map((i): Indicator => ({
      level1: i.level1 as Indicator['level1'], level2: i.level2, name: i.name, target: i.target, actual: i.actual, weight: i.weight,
      score: i.score, deviation: i.deviation, target_parsed: i.target_parsed ?? null, actual_parsed: i.actual_parsed ?? null,
      source: { file: d.file, line: i.line, column: 1 },
    })),
    total: { ...e.total },
    findings: e.findings.required.map((code) => ({ code, severity: 'warning' as const, message: code, source: null })),
    source: { file: d.file, line: e.line, column: 1 },
    ...(e.level1_weights ? { level1_weights: { ...e.level1_weights } } : {}),
  });
  return { file: d.file, sha256: '', format: 'text', encoding: d.encoding === 'gb18030' ? 'GB18030' : 'utf-8', tables: d.expected.map(table), errors: [] };
}

describe('score.ts', () => {
  const d = generateDocument(11, { kinds: ['dept_self_eval'], tables: 2, injections: ['total_score_wrong'], perturbations: [] });

  it('expects records the schema accepts, for every kind and perturbation', () => {
    for (let seed = 1; seed <= 40; seed++) {
      const g = generateDocument(seed, { tables: 3 });
      expect(() => DocumentSchema.parse(perfectDocument(g)), `seed ${seed}`).not.toThrow();
    }
  });

  it('gives a perfect extraction 100% on every field it checks', () => {
    const s = scoreDocument(d, perfectDocument(d));
    expect(s.mismatches).toEqual([]);
    for (const t of Object.values(s.tallies)) expect(t.correct).toBe(t.total);
    expect(Object.keys(s.tallies)).toEqual(expect.arrayContaining(['indicator.level2', 'funds.rate', 'table.level1_weights', 'table.findings.required', 'table.region']));
  });

  it('reports exactly the wrong field, with the seed and place', () => {
    const actual = perfectDocument(d);
    const ind = actual.tables[1]!.indicators[2]!;
    actual.tables[1]!.indicators[2] = { ...ind, level2: '错误指标', weight: (ind.weight ?? 0) + 1 };
    actual.tables[0]!.funds[0] = { ...actual.tables[0]!.funds[0]!, rate: 0.5 };
    const s = scoreDocument(d, actual);
    expect(s.mismatches.map((m) => [m.seed, m.table, m.row, m.field])).toEqual([
      [11, 0, 0, 'funds.rate'],
      [11, 1, 2, 'indicator.level2'],
      [11, 1, 2, 'indicator.weight'],
    ]);
    expect(formatMismatches(s.mismatches)).toContain('seed 11');
    expect(formatMismatches(s.mismatches)).toContain('错误指标');
  });

  it('aligns indicators by name when one is missing, so one loss does not cascade', () => {
    const actual = perfectDocument(d);
    const inds = actual.tables[0]!.indicators;
    actual.tables[0] = { ...actual.tables[0]!, indicators: [...inds.slice(0, 3), ...inds.slice(4)] };
    const s = scoreDocument(d, actual);
    const rows = new Set(s.mismatches.filter((m) => m.field.startsWith('indicator.')).map((m) => m.row));
    expect([...rows]).toEqual([3]);
    expect(s.mismatches.some((m) => m.field === 'table.indicator_count')).toBe(true);
  });

  it('checks required and forbidden findings', () => {
    const actual = perfectDocument(d);
    actual.tables[0] = { ...actual.tables[0]!, findings: [{ code: 'LEVEL1_WEIGHT_MISMATCH', severity: 'warning', message: '', source: null }] };
    const fields = scoreDocument(d, actual).mismatches.map((m) => [m.field, m.expected]);
    expect(fields).toContainEqual(['table.findings.required', 'SCORE_SUM_MISMATCH']);
    expect(fields).toContainEqual(['table.findings.forbidden', 'not LEVEL1_WEIGHT_MISMATCH']);
  });

  it('counts a missing table against all of its fields and the table count', () => {
    const actual = perfectDocument(d);
    const s = scoreDocument(d, { ...actual, tables: [actual.tables[1]!] });
    expect(s.tallies['document.tables']).toEqual({ correct: 0, total: 1 });
    expect(s.mismatches.filter((m) => m.table === 1)).toEqual([]);
    expect(s.mismatches.filter((m) => m.table === 0 && m.field === 'indicator.name')).toHaveLength(d.expected[0]!.indicators.length);
  });

  it('sums documents per class and layout', () => {
    const e = generateDocument(12, { perturbations: ['crlf'], layout: 'pipe' });
    const corpus = scoreCorpus([scoreDocument(d, perfectDocument(d)), scoreDocument(e, { ...perfectDocument(e), tables: [] })]);
    expect(corpus.documents).toBe(2);
    expect(accuracy(corpus.byClass.easy!['indicator.name'])).toBe(1);
    expect(accuracy(corpus.byClass.crlf!['indicator.name'])).toBe(0);
    expect(Object.keys(corpus.byLayout).sort()).toEqual([d.layout, 'pipe'].sort());
  });

  it('aligns sequences by longest common subsequence', () => {
    expect(align(['a', 'b', 'c', 'd'], ['a', 'c', 'd'], (x, y) => x === y)).toEqual([[0, 0], [2, 1], [3, 2]]);
    expect(align(['a', 'b'], ['x', 'a', 'b'], (x, y) => x === y)).toEqual([[0, 1], [1, 2]]);
  });

  it('has a threshold for every class: perfect for easy, 0.98 on indicator core fields per perturbation', () => {
    expect(thresholdFor('easy', 'table.title')).toBe(1);
    expect(thresholdFor('row_shift', 'indicator.level2')).toBe(0.98);
    for (const p of PERTURBATIONS) expect(THRESHOLDS[p]).toBeDefined();
  });
});
