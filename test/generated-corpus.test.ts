/**
 * The extractor on a few hundred generated documents: every perturbation alone in every layout,
 * clean documents, and random mixes. Each class must reach its accuracy thresholds
 * (scripts/generate/thresholds.ts); clean documents must be perfect. A failure prints the
 * accuracy table of the class and its first mismatches, each with the generateDocument call
 * that reproduces it.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { extractDocument } from '../pipeline/extract-document.js';
import { generateDocument, type GeneratedDocument } from '../scripts/generate/generate-document.js';
import { PERTURBATIONS, randomPerturbations, type Perturbation, type PerturbationClass } from '../scripts/generate/perturbations.js';
import { LAYOUTS } from '../scripts/generate/layouts.js';
import { mulberry32 } from '../scripts/generate/prng.js';
import {
  FIELDS, accuracy, formatAccuracy, formatMismatches, scoreCorpus, scoreDocument, type CorpusScore, type Field,
} from '../scripts/generate/score.js';
import { thresholdFor } from '../scripts/generate/thresholds.js';

/** Documents per (class, layout). */
const PER_LAYOUT = 4;
const MIXED = 60;

function corpus(): GeneratedDocument[] {
  const docs: GeneratedDocument[] = [];
  const classes: Array<readonly Perturbation[]> = [[], ...PERTURBATIONS.map((p) => [p] as const)];
  classes.forEach((perturbations, c) => {
    LAYOUTS.forEach((layout, l) => {
      for (let k = 0; k < PER_LAYOUT; k++) docs.push(generateDocument(10_000 + 100 * c + 10 * l + k, { layout, perturbations }));
    });
  });
  for (let k = 0; k < MIXED; k++) {
    const seed = 50_000 + k;
    const rng = mulberry32(seed);
    let mix = randomPerturbations(rng, 5);
    while (mix.length < 2) mix = randomPerturbations(rng, 5);
    docs.push(generateDocument(seed, { layout: LAYOUTS[k % LAYOUTS.length]!, perturbations: mix }));
  }
  return docs;
}

interface Violation { readonly field: Field; readonly accuracy: number; readonly threshold: number }

function violations(score: CorpusScore, cls: PerturbationClass): Violation[] {
  const tallies = score.byClass[cls] ?? {};
  return FIELDS.flatMap((field) => {
    const t = tallies[field];
    if (!t) return [];
    const threshold = thresholdFor(cls, field);
    const acc = accuracy(t);
    return acc + 1e-12 < threshold ? [{ field, accuracy: acc, threshold }] : [];
  });
}

function report(score: CorpusScore, cls: PerturbationClass, failed: readonly Violation[]): string {
  const fields = new Set(failed.map((v) => v.field));
  const mismatches = score.mismatches.filter((m) => m.class === cls && fields.has(m.field));
  return [
    `class ${cls}: ${failed.length} field(s) below threshold`,
    ...failed.map((v) => `  ${v.field}: ${(v.accuracy * 100).toFixed(2)}% < ${(v.threshold * 100).toFixed(2)}%`),
    '',
    formatAccuracy({ [cls]: score.byClass[cls] ?? {} }, FIELDS.filter((f) => fields.has(f))),
    '',
    'first mismatches:',
    formatMismatches(mismatches, 15),
  ].join('\n');
}

describe('extractDocument on generated documents', () => {
  let score: CorpusScore;

  beforeAll(async () => {
    const docs = corpus();
    const scores = [];
    for (const d of docs) scores.push(scoreDocument(d, await extractDocument(d.bytes, { file: d.file })));
    score = scoreCorpus(scores);
  }, 300_000);

  it('covers every class and every layout', () => {
    expect(Object.keys(score.byClass).sort()).toEqual(['easy', 'mixed', ...PERTURBATIONS].sort());
    expect(Object.keys(score.byLayout).sort()).toEqual([...LAYOUTS].sort());
    expect(score.documents).toBeGreaterThanOrEqual(300);
  });

  for (const cls of ['easy', ...PERTURBATIONS, 'mixed'] as PerturbationClass[]) {
    it(`${cls}: every field at or above its threshold`, () => {
      const failed = violations(score, cls);
      if (failed.length > 0) expect.fail(report(score, cls, failed));
    });
  }
});
