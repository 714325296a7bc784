/**
 * Deliberate arithmetic errors. Each names the finding the checker must raise, and the findings
 * it may additionally raise as a side effect (tolerated); every other arithmetic finding is
 * forbidden on that table. Applied to the integer draft before printing.
 */
import type { FindingCode } from '../../schemas/finding-codes.js';
import type { Rng } from './prng.js';
import type { GeneratedKind, Injection } from './table-spec.js';
import { type SpecDraft, fundsScoreOf, rateOf } from './draft.js';
import { POINT } from './scaled.js';

/** The checks whose findings a generated table controls exactly. */
export const ARITHMETIC_CODES: readonly FindingCode[] = [
  'WEIGHT_SUM_MISMATCH', 'SCORE_SUM_MISMATCH', 'EXECUTION_RATE_MISMATCH', 'FUNDS_SCORE_MISMATCH',
  'SCORE_EXCEEDS_WEIGHT', 'FUNDS_PARTS_MISMATCH', 'LEVEL1_WEIGHT_MISMATCH',
];

export interface InjectionRule {
  readonly kinds: readonly GeneratedKind[];
  readonly raises: FindingCode;
  readonly tolerates: readonly FindingCode[];
  /** totals are recomputed after the others, then these run last */
  readonly phase: 'parts' | 'totals';
  readonly apply: (d: SpecDraft, rng: Rng) => void;
}

const SELF_EVAL: readonly GeneratedKind[] = ['project_self_eval', 'dept_self_eval'];

/** A change large enough that no rounding tolerance can absorb it. */
const offBy = (rng: Rng, value: number, step: number, min: number, max: number): number => {
  const delta = rng.int(min, max) * step;
  return value - delta >= 0 && rng.chance(0.5) ? value - delta : value + delta;
};

export const INJECTIONS: Readonly<Record<Injection, InjectionRule>> = {
  total_score_wrong: {
    kinds: SELF_EVAL, raises: 'SCORE_SUM_MISMATCH', tolerates: [], phase: 'totals',
    apply: (d, rng) => { d.totalScore = offBy(rng, d.totalScore ?? 0, POINT, 1, 5); },
  },
  total_weight_wrong: {
    kinds: SELF_EVAL, raises: 'WEIGHT_SUM_MISMATCH', tolerates: [], phase: 'totals',
    apply: (d, rng) => { d.totalWeight = offBy(rng, d.totalWeight ?? 100 * POINT, POINT, 2, 8); },
  },
  execution_rate_wrong: {
    kinds: SELF_EVAL, raises: 'EXECUTION_RATE_MISMATCH', tolerates: ['FUNDS_SCORE_MISMATCH'], phase: 'parts',
    apply: (d, rng) => {
      const f = d.funds[d.headline]!;
      const bp = f.rateBp ?? 0;
      const delta = rng.int(5, 20) * 100;
      f.rateBp = bp >= delta ? bp - delta : bp + delta;
      f.rateDecimals = 2;
      f.score = fundsScoreOf(f);
    },
  },
  funds_score_wrong: {
    kinds: ['project_self_eval'], raises: 'FUNDS_SCORE_MISMATCH', tolerates: [], phase: 'parts',
    apply: (d, rng) => {
      const f = d.funds[d.headline]!;
      const right = f.score ?? 0;
      const delta = rng.int(1, 3) * POINT;
      f.score = right >= delta ? right - delta : right + delta;
      f.scoreStyle = 'exact';
    },
  },
  score_exceeds_weight: {
    kinds: SELF_EVAL, raises: 'SCORE_EXCEEDS_WEIGHT', tolerates: [], phase: 'parts',
    apply: (d, rng) => {
      const candidates = d.indicators.filter((i) => (i.weight ?? 0) > 0);
      const target = rng.pick(candidates);
      target.score = target.weight! + rng.int(1, 3) * POINT;
    },
  },
  funds_parts_wrong: {
    kinds: ['project_self_eval'], raises: 'FUNDS_PARTS_MISMATCH', tolerates: [], phase: 'parts',
    apply: (d, rng) => {
      const part = d.funds[d.fiscalPart]!;
      const head = d.funds[d.headline]!;
      const annual = part.annual ?? 0;
      part.annual = annual + Math.max(Math.round((head.annual ?? 0) * rng.int(10, 30) / 100), 1000);
      if (part.rateBp !== null) part.rateBp = rateOf(part);
      if (part.score !== null) part.score = fundsScoreOf(part);
    },
  },
  level1_weight_wrong: {
    kinds: ['dept_self_eval'], raises: 'LEVEL1_WEIGHT_MISMATCH', tolerates: ['WEIGHT_SUM_MISMATCH'], phase: 'totals',
    apply: (d, rng) => {
      const l1 = rng.pick(d.level1Weights);
      l1.weight = offBy(rng, l1.weight, POINT, 1, 5);
    },
  },
};

export const injectionsFor = (kind: GeneratedKind): Injection[] =>
  (Object.keys(INJECTIONS) as Injection[]).filter((k) => INJECTIONS[k].kinds.includes(kind));

/** What the checker must and must not say about a table carrying these injections. */
export function expectedFindings(injections: readonly Injection[]): { required: FindingCode[]; forbidden: FindingCode[] } {
  const required = [...new Set(injections.map((i) => INJECTIONS[i].raises))];
  const tolerated = new Set(injections.flatMap((i) => INJECTIONS[i].tolerates));
  return { required, forbidden: ARITHMETIC_CODES.filter((c) => !required.includes(c) && !tolerated.has(c)) };
}
